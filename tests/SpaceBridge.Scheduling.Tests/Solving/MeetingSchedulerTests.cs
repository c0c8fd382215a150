using SpaceBridge.Scheduling.Model;
using SpaceBridge.Scheduling.Solving;
using SpaceBridge.Scheduling.Validation;

namespace SpaceBridge.Scheduling.Tests.Solving;

public class MeetingSchedulerTests
{
    [Fact]
    public void Auto_sends_large_or_optional_instances_to_the_heuristic()
    {
        var optional = TinyInstances.Forum();
        Assert.Equal(SolverKind.Heuristic, MeetingScheduler.ResolveKind(optional, SolverKind.Auto));
        Assert.Equal(SolverKind.CpSat, MeetingScheduler.ResolveKind(optional, SolverKind.CpSat));
        var large = SpaceBridge.Scheduling.Generation.ForumGenerator.Generate(new() { Participants = 200, Meetings = 1001, Days = 1, SlotsPerBlock = 6, Tables = 30 });
        Assert.Equal(SolverKind.Heuristic, MeetingScheduler.ResolveKind(large with { Rules = new SchedulingRules { RequireAllMeetings = true } }, SolverKind.Auto));
    }

    [Fact]
    public void Auto_sends_literature_sized_required_instances_to_the_break_minimizing_pipeline()
    {
        var instance = TinyInstances.Forum(new SchedulingRules { RequireAllMeetings = true });
        Assert.Equal(SolverKind.BreakMinimizing, MeetingScheduler.ResolveKind(instance, SolverKind.Auto));
    }

    [Fact]
    public void The_report_validates_the_solvers_schedule_independently()
    {
        var instance = TinyInstances.Forum();
        var clash = TinyInstances.Schedule((0, 0), (0, 1), (2, 0), (3, 0), (4, 0));
        var report = MeetingScheduler.Report(instance, new SolveResult { Solution = clash, Solver = "test", Elapsed = TimeSpan.Zero, ProvenOptimal = true });

        Assert.False(report.IsValid);
        Assert.False(report.ProvenOptimal);
        Assert.Contains(report.Validation.Violations, v => v.Kind == ViolationKind.ParticipantDoubleBooked);
    }

    [Fact]
    public void Meeting_the_bounds_in_the_literature_mode_proves_optimality()
    {
        var instance = TinyInstances.Forum(new SchedulingRules { RequireAllMeetings = true });
        // Nobody has a break: P0 in 0, 1, 2; P1 in 0 | 4; P2 in 1 | 4, 5; P3 in 2 | 5 (| = lunch).
        var schedule = TinyInstances.Schedule((0, 0), (1, 0), (4, 0), (5, 0), (2, 0));
        var report = MeetingScheduler.Report(instance, new SolveResult { Solution = schedule, Solver = "test", Elapsed = TimeSpan.Zero });

        Assert.True(report.IsValid, string.Join("; ", report.Validation.Violations));
        Assert.Equal(0, report.Metrics.TotalBreaks);
        Assert.Equal(0, report.WeightGap);
        Assert.True(report.ProvenOptimal);
    }

    [Fact]
    public void A_schedule_with_breaks_above_the_bound_is_not_claimed_optimal()
    {
        var instance = TinyInstances.Forum(new SchedulingRules { RequireAllMeetings = true });
        var report = MeetingScheduler.Report(instance, new SolveResult { Solution = TinyInstances.ValidSchedule(), Solver = "test", Elapsed = TimeSpan.Zero });

        Assert.True(report.IsValid);
        Assert.Equal(1, report.BreaksGap);
        Assert.False(report.ProvenOptimal);
    }
}

public class InfeasibilityTests
{
    [Fact]
    public void A_benchmark_variant_with_more_meetings_than_free_slots_is_proven_infeasible()
    {
        // Participant 1 of tic-12.forb0003 has 8 meetings, 8 slots and one forbidden slot.
        var instance = SpaceBridge.Scheduling.Io.DznInstanceReader.Read(BenchData.UdgFile("tic-12.forb0003.dzn"));
        var report = MeetingScheduler.Report(instance, new SolveResult
        {
            Solution = new Solution { Assignments = [] }, Solver = "none", Elapsed = TimeSpan.Zero,
        });
        Assert.True(report.ProvenInfeasible);
        Assert.Equal(instance.Meetings.Count - 1, report.Bounds.WeightUpperBound);
    }

    [Fact]
    public void A_benchmark_original_is_not_claimed_infeasible()
    {
        var instance = SpaceBridge.Scheduling.Io.DznInstanceReader.Read(BenchData.UdgFile("tic-12.original.dzn"));
        var report = MeetingScheduler.Report(instance, new SolveResult { Solution = new Solution { Assignments = [] }, Solver = "none", Elapsed = TimeSpan.Zero });
        Assert.False(report.ProvenInfeasible);
    }
}
