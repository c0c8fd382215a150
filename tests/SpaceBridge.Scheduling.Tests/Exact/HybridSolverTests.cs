using SpaceBridge.Scheduling.Exact;
using SpaceBridge.Scheduling.Io;
using SpaceBridge.Scheduling.Solving;
using SpaceBridge.Scheduling.Validation;

namespace SpaceBridge.Scheduling.Tests.Exact;

public class HybridSolverTests
{
    [Fact]
    public void A_UdG_original_reaches_its_published_optimum()
    {
        var instance = DznInstanceReader.Read(BenchData.UdgFile("tic-12.original.dzn"));

        var result = new HybridSolver().Solve(instance, new SolveOptions { TimeLimit = TimeSpan.FromSeconds(10), Workers = 2 });

        var report = ScheduleValidator.Validate(instance, result.Solution);
        Assert.True(report.IsValid, string.Join("; ", report.Violations.Take(3).Select(v => v.Message)));
        Assert.Equal(instance.Meetings.Count, report.Metrics.ScheduledCount);
        Assert.Equal(0, report.Metrics.TotalBreaks); // published optimum of tic-12
        Assert.True(result.ProvenOptimal);
    }

    [Fact]
    public void Forum_where_not_every_meeting_is_required_is_solved_by_weight()
    {
        var instance = TinyInstances.Forum(tables: 1);

        var result = new HybridSolver().Solve(instance, new SolveOptions { TimeLimit = TimeSpan.FromSeconds(5), Workers = 1 });

        var report = ScheduleValidator.Validate(instance, result.Solution);
        Assert.True(report.IsValid);
        Assert.Equal(5, report.Metrics.ScheduledCount);
    }
}
