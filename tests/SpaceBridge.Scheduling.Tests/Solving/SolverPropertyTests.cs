using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SpaceBridge.Scheduling.Io;
using SpaceBridge.Scheduling.Solving;
using SpaceBridge.Scheduling.Validation;

namespace SpaceBridge.Scheduling.Tests.Solving;

/// <summary>Every solver the build provides, run through the facade on random small instances.</summary>
public class SolverPropertyTests
{
    private static SolveOptions Options(SolverKind kind, int seed) => new()
    {
        Kind = kind, Seed = seed, TimeLimit = TimeSpan.FromSeconds(0.3), Workers = 1,
    };

    public static TheoryData<SolverKind> Solvers() => [.. SolverCatalog.Available];

    [Fact]
    public void The_build_provides_the_heuristic_solver()
    {
        Assert.Contains(SolverKind.Heuristic, SolverCatalog.Available);
    }

    [Property(MaxTest = 15)]
    public Property Every_solvers_schedule_of_a_random_instance_validates(int seed)
    {
        // Without pins: when meetings are optional, the exact solvers may leave a pinned meeting out,
        // which the validator counts as a broken pin. Pins are covered in the literature mode below.
        var (instance, _) = RandomInstances.Create(seed, withPins: false);
        var failures = SolverCatalog.Available
            .Select(kind => (kind, report: MeetingScheduler.Solve(instance, Options(kind, seed))))
            .Where(r => !r.report.IsValid)
            .Select(r => $"{r.kind}: {string.Join("; ", r.report.Validation.Violations.Take(3))}")
            .ToList();
        return (failures.Count == 0).Label(string.Join(" | ", failures));
    }

    [Property(MaxTest = 15)]
    public Property In_the_literature_mode_solvers_break_no_hard_constraint(int seed)
    {
        var (instance, _) = RandomInstances.Create(seed, requireAll: true);
        var broken = SolverCatalog.Available
            .SelectMany(kind => MeetingScheduler.Solve(instance, Options(kind, seed)).Validation.Violations
                .Where(v => v.Kind != ViolationKind.Unscheduled)
                .Select(v => $"{kind}: {v}"))
            .ToList();
        return (broken.Count == 0).Label(string.Join(" | ", broken.Take(3)));
    }

    [Property(MaxTest = 15)]
    public Property The_heuristic_gives_the_same_schedule_for_the_same_seed(int seed)
    {
        var (instance, _) = RandomInstances.Create(seed);
        // A generous limit: the heuristic is deterministic when its search ends by itself, not by the clock.
        var options = Options(SolverKind.Heuristic, seed) with { TimeLimit = TimeSpan.FromSeconds(20) };
        var first = MeetingScheduler.Solve(instance, options).Result.Solution;
        var second = MeetingScheduler.Solve(instance, options).Result.Solution;
        return (SolutionJson.Serialize(first, "x") == SolutionJson.Serialize(second, "x")).Label("schedules differ");
    }

    [Theory]
    [MemberData(nameof(Solvers))]
    public void A_benchmark_original_breaks_no_constraint_and_respects_the_break_bound(SolverKind kind)
    {
        var instance = DznInstanceReader.Read(BenchData.UdgFile("forumt-14.original.dzn"));
        var report = MeetingScheduler.Solve(instance, Options(kind, 1) with { TimeLimit = TimeSpan.FromSeconds(3) });
        Assert.All(report.Validation.Violations, v => Assert.Equal(ViolationKind.Unscheduled, v.Kind));
        Assert.Equal(5, report.Bounds.BreaksLowerBound); // the published optimum is 5
        if (report.Metrics.UnscheduledCount == 0)
            Assert.InRange(report.Metrics.TotalBreaks, report.BreaksLowerBound, int.MaxValue);
    }
}
