using SpaceBridge.Scheduling.Exact;
using SpaceBridge.Scheduling.Model;
using SpaceBridge.Scheduling.Solving;
using SpaceBridge.Scheduling.Tests.Heuristics;

namespace SpaceBridge.Scheduling.Tests.Exact;

public class BreakMinimizingSolverLunchTests
{
    [Theory]
    [InlineData(2, 1)]
    [InlineData(3, 2)]
    [InlineData(4, 2)]
    public void A_forum_with_participants_spanning_lunch_is_solved_completely_to_its_brute_force_optimum(int hubs, int tables)
    {
        AssertSolvedToBruteForceOptimum(LunchForums.Hubs(hubs, tables));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_tiny_forum_with_a_participant_spanning_lunch_is_solved_completely_to_its_brute_force_optimum(int tables)
    {
        var instance = LunchForums.TinySpanning(tables);
        var domains = new SlotDomains(instance);
        Assert.True(ContiguousRuns.SpansBlocks(domains, 0));
        AssertSolvedToBruteForceOptimum(instance);
    }

    private static void AssertSolvedToBruteForceOptimum(Instance instance)
    {
        var optimum = LunchForums.BruteForceBreaks(instance);
        Assert.NotNull(optimum);

        var result = new BreakMinimizingSolver().Solve(instance, new SolveOptions { TimeLimit = TimeSpan.FromSeconds(2), Workers = 1, Seed = 1 });

        var report = ScheduleChecks.AssertValid(instance, result.Solution);
        Assert.Equal(0, report.Metrics.UnscheduledCount);
        Assert.Equal(optimum, report.Metrics.TotalBreaks);
    }
}
