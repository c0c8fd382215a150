using Google.OrTools.Sat;
using SpaceBridge.Scheduling.Exact;
using SpaceBridge.Scheduling.Model;
using SpaceBridge.Scheduling.Validation;

namespace SpaceBridge.Scheduling.Tests.Exact;

/// <summary>
/// Literature-mode forums where tables, not availability, decide whether breaks can be avoided, and helpers to
/// solve a <see cref="ScheduleModel"/> and check its slots.
/// </summary>
public static class ContestedForums
{
    public static readonly SchedulingRules Literature = new() { RequireAllMeetings = true, MaxBreakSpread = 2, BreaksSpanWholeDay = true };

    /// <summary>
    /// One six-slot morning per copy (day c holds slots 6c..6c+5). In copy c, hub 6c meets 6c+1 and 6c+2, hub 6c+3
    /// meets 6c+4 and 6c+5 (meetings 4c..4c+3 in that order). Everybody of the copy is away in slots 6c and 6c+2
    /// and on every other day, so each meeting may take 6c+1, 6c+3, 6c+4 or 6c+5. Each hub alone fits its two
    /// meetings in the run 6c+3..6c+5, so the availability bound is 0; with one table both hubs cannot.
    /// </summary>
    internal static Instance SharedRun(int copies, int tables)
    {
        var slots = 6 * copies;
        var participants = new List<Participant>();
        var meetings = new List<Meeting>();
        for (var c = 0; c < copies; c++)
        {
            var first = 6 * c;
            var away = Enumerable.Range(0, slots).Where(s => s < first || s >= first + 6 || s == first || s == first + 2).ToHashSet();
            participants.AddRange(Enumerable.Range(first, 6).Select(p => new Participant { Name = $"P{p}", ForbiddenSlots = away }));
            foreach (var hub in new[] { first, first + 3 })
            {
                meetings.Add(new Meeting { Participants = [hub, hub + 1] });
                meetings.Add(new Meeting { Participants = [hub, hub + 2] });
            }
        }
        return new Instance
        {
            Name = $"shared-run-{copies}x{tables}",
            Blocks = [.. Enumerable.Range(0, copies).Select(c => new Block(c, DayPart.Morning, 6 * c, 6))],
            Participants = participants,
            Meetings = meetings,
            Locations = [.. Enumerable.Range(0, tables).Select(t => new Location($"T{t}"))],
            Rules = Literature,
        };
    }

    /// <summary>One morning of 4 slots; participant 0 meets 1 (free only in slot 0) and 2 (free only in slot 3).</summary>
    internal static Instance ForcedBreak(SchedulingRules rules) => new()
    {
        Blocks = [new Block(0, DayPart.Morning, 0, 4)],
        Participants =
        [
            new Participant { Name = "P0" },
            new Participant { Name = "P1", ForbiddenSlots = new HashSet<int> { 1, 2, 3 } },
            new Participant { Name = "P2", ForbiddenSlots = new HashSet<int> { 0, 1, 2 } },
        ],
        Meetings = [new Meeting { Participants = [0, 1] }, new Meeting { Participants = [0, 2] }],
        Locations = [new Location("T0")],
        Rules = rules,
    };

    /// <summary>
    /// Morning slots 0-1, afternoon slots 2-3. Hub 0 meets 1 in the morning and 2 in the afternoon, hub 3 meets 4 in
    /// the morning and 5 in the afternoon: counted over the whole day, a hub without a break meets in slots 1 and 2.
    /// </summary>
    internal static Instance AcrossLunch(int tables, bool wholeDay) => new()
    {
        Name = $"across-lunch-{tables}",
        Blocks = [new Block(0, DayPart.Morning, 0, 2), new Block(0, DayPart.Afternoon, 2, 2)],
        Participants = [.. Enumerable.Range(0, 6).Select(p => new Participant { Name = $"P{p}" })],
        Meetings =
        [
            new Meeting { Participants = [0, 1], Session = SessionRestriction.Morning },
            new Meeting { Participants = [0, 2], Session = SessionRestriction.Afternoon },
            new Meeting { Participants = [3, 4], Session = SessionRestriction.Morning },
            new Meeting { Participants = [3, 5], Session = SessionRestriction.Afternoon },
        ],
        Locations = [.. Enumerable.Range(0, tables).Select(t => new Location($"T{t}"))],
        Rules = Literature with { BreaksSpanWholeDay = wholeDay },
    };

    internal static CpSatOutcome Solve(Instance instance, int? breaksCap = null, IReadOnlyList<int>? participantCaps = null, bool oneGapSpans = false)
    {
        var model = new ScheduleModel(instance, new SlotDomains(instance), breaksCap, participantCaps: participantCaps, oneGapSpans: oneGapSpans);
        return CpSatRun.Execute(model, workers: 1, seed: 1, TimeSpan.FromSeconds(2), "", null, CancellationToken.None);
    }

    /// <summary>Validates complete slots through the table assigner and the independent validator.</summary>
    internal static ValidationReport AssertComplete(Instance instance, IReadOnlyList<int?> slots)
    {
        var report = ScheduleValidator.Validate(instance, TableAssigner.Assign(instance, slots, "not placed"));
        Assert.True(report.IsValid, string.Join("; ", report.Violations.Select(v => v.Message)));
        Assert.Equal(0, report.Metrics.UnscheduledCount);
        return report;
    }

    internal static bool Found(CpSatOutcome outcome) => outcome.Status is CpSolverStatus.Optimal or CpSolverStatus.Feasible;
}
