using Google.OrTools.Sat;
using SpaceBridge.Scheduling.Exact;
using SpaceBridge.Scheduling.Model;
using SpaceBridge.Scheduling.Solving;
using SpaceBridge.Scheduling.Tests.Heuristics;
using SpaceBridge.Scheduling.Validation;

namespace SpaceBridge.Scheduling.Tests.Exact;

public class BreakMinimizingSolverTests
{
    private static readonly SchedulingRules Literature = new() { RequireAllMeetings = true, MaxBreakSpread = 2, BreaksSpanWholeDay = true };

    [Fact]
    public void A_break_free_schedule_from_the_probe_is_proven_optimal()
    {
        var instance = TinyInstances.Forum(Literature);

        var result = new BreakMinimizingSolver().Solve(instance, new SolveOptions { TimeLimit = TimeSpan.FromSeconds(5), Workers = 1 });

        var report = ScheduleValidator.Validate(instance, result.Solution);
        Assert.True(report.IsValid);
        Assert.Equal(0, report.Metrics.TotalBreaks);
        Assert.True(result.ProvenOptimal);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(11)]
    public void Schedules_of_required_forums_are_complete_valid_and_never_below_the_lower_bound(int seed)
    {
        var forum = RandomForums.Build(new RandomForums.Shape(14, 30, 1, 5, 6, SessionShare: 0.2), seed);
        var instance = forum with { Rules = Literature };

        var result = new BreakMinimizingSolver().Solve(instance, new SolveOptions { TimeLimit = TimeSpan.FromSeconds(3), Workers = BreakMinimizingSolver.SideBySideWorkers, Seed = seed });

        var report = ScheduleValidator.Validate(instance, result.Solution);
        Assert.True(report.IsValid, string.Join("; ", report.Violations.Select(v => v.Message)));
        Assert.Equal(0, report.Metrics.UnscheduledCount);
        Assert.True(report.Metrics.BreakSpread <= 2);
        Assert.True(report.Metrics.TotalBreaks >= result.BreaksLowerBound);
        Assert.Equal(result.ProvenOptimal, report.Metrics.TotalBreaks == result.BreaksLowerBound);
    }

    [Fact]
    public void A_forum_whose_tables_force_a_break_is_solved_to_its_brute_force_optimum_and_proven()
    {
        var instance = ContestedForums.SharedRun(copies: 1, tables: 1);
        var optimum = LunchForums.BruteForceBreaks(instance);
        Assert.Equal(1, optimum);

        var result = new BreakMinimizingSolver().Solve(instance, new SolveOptions { TimeLimit = TimeSpan.FromSeconds(2), Workers = 1, Seed = 1 });

        var report = ScheduleChecks.AssertValid(instance, result.Solution);
        Assert.Equal(0, report.Metrics.UnscheduledCount);
        Assert.Equal(optimum, report.Metrics.TotalBreaks);
        Assert.True(result.ProvenOptimal);
    }

    [Fact]
    public void A_zero_break_probe_is_infeasible_when_a_break_is_unavoidable()
    {
        var instance = ContestedForums.ForcedBreak(Literature);
        var model = new ScheduleModel(instance, new SlotDomains(instance), breaksCap: 0);

        var status = new CpSolver { StringParameters = "num_workers:1 max_time_in_seconds:5" }.Solve(model.Model);

        Assert.Equal(CpSolverStatus.Infeasible, status);
    }
}

public class ExactInfeasibilityTests
{
    [Fact]
    public void A_fairness_spread_no_schedule_can_meet_is_reported_proven_infeasible()
    {
        // Participant 0 meets 1 (free only in slot 0) and 2 (free only in slot 3): one break, while
        // 1 and 2 have none, so a spread of 0 cannot hold; the weight bound alone cannot see that.
        var instance = ContestedForums.ForcedBreak(new SchedulingRules { RequireAllMeetings = true, MaxBreakSpread = 0 });

        var report = MeetingScheduler.Solve(instance, new SolveOptions { TimeLimit = TimeSpan.FromSeconds(5), Workers = 1, Kind = SolverKind.CpSat });

        Assert.True(report.Result.ProvenInfeasible);
        Assert.True(report.ProvenInfeasible);
        Assert.Equal(instance.Meetings.Count, report.Bounds.WeightUpperBound);
    }
}
