using SpaceBridge.Scheduling.Model;

namespace SpaceBridge.Scheduling.Tests;

/// <summary>Small hand-made instances for unit tests.</summary>
public static class TinyInstances
{
    /// <summary>
    /// One day: morning slots 0-3, afternoon slots 4-7; four participants; two tables.
    /// Meetings: 0 = (0,1), 1 = (0,2), 2 = (1,2), 3 = (2,3), 4 = (0,3).
    /// </summary>
    public static Instance Forum(SchedulingRules? rules = null, Func<int, Meeting, Meeting>? meeting = null,
        Func<int, Participant, Participant>? participant = null, int tables = 2)
    {
        int[][] pairs = [[0, 1], [0, 2], [1, 2], [2, 3], [0, 3]];
        return new Instance
        {
            Name = "tiny",
            Blocks = [new Block(0, DayPart.Morning, 0, 4), new Block(0, DayPart.Afternoon, 4, 4)],
            Participants = [.. Enumerable.Range(0, 4).Select(p =>
            {
                var x = new Participant { Name = $"P{p}" };
                return participant is null ? x : participant(p, x);
            })],
            Meetings = [.. pairs.Select((pair, m) =>
            {
                var x = new Meeting { Participants = pair, ExternalId = $"m{m}" };
                return meeting is null ? x : meeting(m, x);
            })],
            Locations = [.. Enumerable.Range(0, tables).Select(t => new Location($"T{t}"))],
            Rules = rules ?? new SchedulingRules(),
        };
    }

    /// <summary>A valid schedule of <see cref="Forum"/>: each meeting in its own slot, at table 0.</summary>
    public static Solution ValidSchedule() => Schedule((0, 0), (1, 0), (2, 0), (3, 0), (4, 0));

    public static Solution Schedule(params (int? Slot, int? Location)[] placements) => new()
    {
        Assignments = [.. placements.Select((p, m) => new Assignment(m, p.Slot, p.Slot is null ? null : p.Location))],
    };
}
