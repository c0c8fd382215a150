using System.Diagnostics;
using SpaceBridge.Scheduling.Model;
using SpaceBridge.Scheduling.Solving;

namespace SpaceBridge.Scheduling.Tests.Solving;

/// <summary>
/// A deliberately simple test double: places meetings in order at the first slot and location where
/// everything fits. It gives the bound and facade tests real, valid schedules to check.
/// </summary>
public sealed class FirstFitSolver : IMeetingSolver
{
    public SolveResult Solve(Instance instance, SolveOptions options, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var index = new InstanceIndex(instance);
        var busy = new HashSet<(int Participant, int Slot)>();
        var load = new Dictionary<(int Location, int Slot), int>();
        var slots = new int?[instance.Meetings.Count];
        var assignments = new List<Assignment>();
        for (var m = 0; m < instance.Meetings.Count; m++)
        {
            var meeting = instance.Meetings[m];
            Assignment? placed = null;
            foreach (var slot in index.AllowedSlots(m))
            {
                if (meeting.Participants.Any(p => busy.Contains((p, slot)))) continue;
                if (meeting.Predecessors.Any(before => slots[before] is { } s && s >= slot)) continue;
                var location = Enumerable.Range(0, instance.Locations.Count)
                    .Where(l => meeting.PinnedLocation is null || meeting.PinnedLocation == l)
                    .Where(l => load.GetValueOrDefault((l, slot)) < instance.Locations[l].Capacity)
                    .Select(l => (int?)l).FirstOrDefault(-1);
                if (location == -1) continue;
                placed = new Assignment(m, slot, location);
                break;
            }
            if (placed is { Slot: { } chosen })
            {
                slots[m] = chosen;
                foreach (var p in meeting.Participants) busy.Add((p, chosen));
                if (placed.Location is { } l) load[(l, chosen)] = load.GetValueOrDefault((l, chosen)) + 1;
                assignments.Add(placed);
            }
            else assignments.Add(new Assignment(m, null, null, "no free slot"));
        }
        return new SolveResult { Solution = new Solution { Assignments = assignments }, Solver = "first-fit", Elapsed = clock.Elapsed };
    }
}
