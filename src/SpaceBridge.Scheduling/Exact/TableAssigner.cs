using SpaceBridge.Scheduling.Locations;
using SpaceBridge.Scheduling.Model;

namespace SpaceBridge.Scheduling.Exact;

/// <summary>
/// Gives each scheduled meeting of a CP-SAT schedule a concrete location, with the heuristic's
/// <see cref="LocationAssigner"/> (pins, then booths, then as few table changes as it can), and turns the result into a
/// solution.
/// </summary>
internal static class TableAssigner
{
    public static Solution Assign(Instance instance, IReadOnlyList<int?> slotOfMeeting, string unscheduledReason)
    {
        var location = new LocationAssigner().Assign(instance, slotOfMeeting);
        var assignments = new Assignment[slotOfMeeting.Count];
        for (var m = 0; m < assignments.Length; m++)
            assignments[m] = slotOfMeeting[m] is { } s && location[m] is { } l
                ? new Assignment(m, s, l)
                : new Assignment(m, null, null, slotOfMeeting[m] is null ? unscheduledReason : "no location left in its slot");
        return new Solution { Assignments = assignments };
    }
}
