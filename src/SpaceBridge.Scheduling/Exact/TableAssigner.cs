using SpaceBridge.Scheduling.Model;

namespace SpaceBridge.Scheduling.Exact;

/// <summary>
/// Gives each scheduled meeting a concrete location once slots are fixed. Slot by slot, a
/// meeting takes its pinned location, else a participant's home location, else the location
/// one of its participants used last, else any location with room left.
/// </summary>
internal static class TableAssigner
{
    public static Solution Assign(Instance instance, IReadOnlyList<int?> slotOfMeeting, string unscheduledReason)
    {
        var location = new int?[slotOfMeeting.Count];
        var lastLocation = new int?[instance.Participants.Count];
        var bySlot = Enumerable.Range(0, slotOfMeeting.Count)
            .Where(m => slotOfMeeting[m] is not null)
            .GroupBy(m => slotOfMeeting[m]!.Value)
            .OrderBy(g => g.Key);
        foreach (var slot in bySlot)
        {
            var used = new int[instance.Locations.Count];
            // Pinned meetings first, then exhibitors' at their booths, so that free choices never take their place.
            foreach (var m in slot.OrderBy(m => instance.Meetings[m].PinnedLocation is not null ? 0
                         : instance.Meetings[m].Participants.Any(p => instance.Participants[p].HomeLocation is not null) ? 1 : 2))
            {
                var meeting = instance.Meetings[m];
                var choice = Candidates(instance, meeting, lastLocation)
                    .FirstOrDefault(l => l >= 0 && l < used.Length && used[l] < instance.Locations[l].Capacity, -1);
                if (choice < 0) continue;
                used[choice]++;
                location[m] = choice;
                foreach (var p in meeting.Participants) lastLocation[p] = choice;
            }
        }
        var assignments = new Assignment[slotOfMeeting.Count];
        for (var m = 0; m < assignments.Length; m++)
            assignments[m] = slotOfMeeting[m] is { } s && location[m] is { } l
                ? new Assignment(m, s, l)
                : new Assignment(m, null, null, slotOfMeeting[m] is null ? unscheduledReason : "no location left in its slot");
        return new Solution { Assignments = assignments };
    }

    private static IEnumerable<int> Candidates(Instance instance, Meeting meeting, int?[] lastLocation)
    {
        if (meeting.PinnedLocation is { } pinned)
        {
            yield return pinned;
            yield break;
        }
        foreach (var p in meeting.Participants)
            if (instance.Participants[p].HomeLocation is { } home) yield return home;
        foreach (var p in meeting.Participants)
            if (lastLocation[p] is { } last) yield return last;
        for (var l = 0; l < instance.Locations.Count; l++) yield return l;
    }
}
