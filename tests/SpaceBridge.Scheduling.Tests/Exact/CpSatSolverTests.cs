using SpaceBridge.Scheduling.Exact;
using SpaceBridge.Scheduling.Model;
using SpaceBridge.Scheduling.Solving;
using SpaceBridge.Scheduling.Validation;

namespace SpaceBridge.Scheduling.Tests.Exact;

public class CpSatSolverTests
{
    private static readonly SolveOptions Options = new() { TimeLimit = TimeSpan.FromSeconds(10), Workers = 1, Seed = 7 };

    [Fact]
    public void Schedule_respects_every_hard_constraint_of_a_constrained_forum()
    {
        var instance = TinyInstances.Forum(
            new SchedulingRules { RequireAllMeetings = true, MaxBreakSpread = 1 },
            meeting: (m, x) => m switch
            {
                0 => x with { Session = SessionRestriction.Morning },
                1 => x with { PinnedSlot = 5 },
                3 => x with { Predecessors = [2] },
                4 => x with { Session = SessionRestriction.Afternoon },
                _ => x,
            },
            participant: (p, x) => p == 2 ? x with { ForbiddenSlots = new HashSet<int> { 0, 1 } } : x,
            tables: 1);

        var result = new CpSatSolver().Solve(instance, Options);

        var report = ScheduleValidator.Validate(instance, result.Solution);
        Assert.True(report.IsValid, string.Join("; ", report.Violations.Select(v => v.Message)));
        Assert.Equal(5, report.Metrics.ScheduledCount);
        Assert.True(result.ProvenOptimal);
    }

    [Fact]
    public void An_unavoidable_break_is_found_and_proven_optimal()
    {
        // Participant 0 meets 1 (only free in slot 0) and 2 (only free in slot 3): one break.
        var instance = Pair(blocks: [new Block(0, DayPart.Morning, 0, 4)], forbidden1: [1, 2, 3], forbidden2: [0, 1, 2]);

        var result = new CpSatSolver().Solve(instance, Options);

        Assert.True(result.ProvenOptimal);
        Assert.Equal(1, result.BreaksLowerBound);
        Assert.Equal(1, ScheduleValidator.Validate(instance, result.Solution).Metrics.TotalBreaks);
    }

    [Fact]
    public void Whole_day_counting_makes_the_lunch_gap_a_break()
    {
        // Morning-only meeting (0,1) and afternoon-only meeting (0,2); participant 0 cannot take slot 1.
        Block[] day = [new Block(0, DayPart.Morning, 0, 2), new Block(0, DayPart.Afternoon, 2, 2)];
        var perBlock = Pair(day, forbidden1: [], forbidden2: [], forbidden0: [1]);
        var wholeDay = perBlock with { Rules = perBlock.Rules with { BreaksSpanWholeDay = true } };

        var relaxed = new CpSatSolver().Solve(perBlock, Options);
        var strict = new CpSatSolver().Solve(wholeDay, Options);

        Assert.Equal(0, relaxed.BreaksLowerBound);
        Assert.Equal(1, strict.BreaksLowerBound);
        Assert.True(strict.ProvenOptimal);
    }

    [Fact]
    public void The_same_seed_gives_the_same_schedule_with_one_worker()
    {
        var instance = TinyInstances.Forum(new SchedulingRules { RequireAllMeetings = true, MaxBreakSpread = 2 });

        var first = new CpSatSolver().Solve(instance, Options);
        var second = new CpSatSolver().Solve(instance, Options);

        Assert.Equal(first.Solution.Assignments, second.Solution.Assignments);
    }

    [Fact]
    public void Without_required_meetings_the_heaviest_meetings_fit_first()
    {
        // One table and two slots hold two of the three meetings; weights 1, 1 and 5.
        var instance = new Instance
        {
            Blocks = [new Block(0, DayPart.Morning, 0, 2)],
            Participants = [.. Enumerable.Range(0, 6).Select(p => new Participant { Name = $"P{p}" })],
            Meetings =
            [
                new Meeting { Participants = [0, 1], Weight = 1 },
                new Meeting { Participants = [2, 3], Weight = 1 },
                new Meeting { Participants = [4, 5], Weight = 5 },
            ],
            Locations = [new Location("T1")],
        };

        var result = new CpSatSolver().Solve(instance, Options);

        var report = ScheduleValidator.Validate(instance, result.Solution);
        Assert.True(report.IsValid);
        Assert.Equal(6, report.Metrics.ScheduledWeight);
        Assert.True(result.ProvenOptimal);
    }

    private static Instance Pair(Block[] blocks, int[] forbidden1, int[] forbidden2, int[]? forbidden0 = null)
    {
        var morningAndAfternoon = blocks.Length == 2;
        return new Instance
        {
            Blocks = blocks,
            Participants =
            [
                new Participant { Name = "P0", ForbiddenSlots = (forbidden0 ?? []).ToHashSet() },
                new Participant { Name = "P1", ForbiddenSlots = forbidden1.ToHashSet() },
                new Participant { Name = "P2", ForbiddenSlots = forbidden2.ToHashSet() },
            ],
            Meetings =
            [
                new Meeting { Participants = [0, 1], Session = morningAndAfternoon ? SessionRestriction.Morning : SessionRestriction.Any },
                new Meeting { Participants = [0, 2], Session = morningAndAfternoon ? SessionRestriction.Afternoon : SessionRestriction.Any },
            ],
            Locations = [new Location("T1")],
            Rules = new SchedulingRules { RequireAllMeetings = true, MaxBreakSpread = 2 },
        };
    }
}
