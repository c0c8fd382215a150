using Google.OrTools.Sat;
using SpaceBridge.Scheduling.Exact;
using SpaceBridge.Scheduling.Io;
using SpaceBridge.Scheduling.Model;
using static SpaceBridge.Scheduling.Tests.Exact.ContestedForums;

namespace SpaceBridge.Scheduling.Tests.Exact;

/// <summary>The model's breaks counted as one literal per slot where a break ends, as the core-guided proofs minimize them.</summary>
public class BreakEndObjectiveTests
{
    public static TheoryData<string> SmallForums => [.. Forums.Keys];

    private static readonly Dictionary<string, Func<Instance>> Forums = new()
    {
        ["shared run, one table"] = () => SharedRun(copies: 1, tables: 1),
        ["two shared runs, one table"] = () => SharedRun(copies: 2, tables: 1),
        ["across lunch, one table"] = () => AcrossLunch(tables: 1, wholeDay: true),
        ["across lunch, per block"] = () => AcrossLunch(tables: 1, wholeDay: false),
        ["three hubs, two tables"] = () => LunchForums.Hubs(hubs: 3, tables: 2),
        ["tiny forum spanning lunch, one table"] = () => LunchForums.TinySpanning(tables: 1),
        ["tiny forum spanning lunch, two tables"] = () => LunchForums.TinySpanning(tables: 2),
        ["forced break"] = () => ForcedBreak(Literature),
    };

    [Theory]
    [MemberData(nameof(SmallForums))]
    public void Minimizing_break_ends_reaches_the_brute_force_optimum_and_counts_the_breaks_it_returns(string forum)
    {
        var instance = Forums[forum]();
        var optimum = LunchForums.BruteForceBreaks(instance);
        Assert.NotNull(optimum);

        var model = new ScheduleModel(instance, new SlotDomains(instance), breakEndObjective: true);
        var outcome = CpSatRun.Execute(model, workers: 1, seed: 1, TimeSpan.FromSeconds(10), "optimize_with_core:true linearization_level:0",
            null, CancellationToken.None);

        Assert.Equal(CpSolverStatus.Optimal, outcome.Status);
        Assert.Equal(optimum.Value, (int)Math.Round(outcome.Objective));
        Assert.Equal(optimum.Value, AssertComplete(instance, outcome.Slots!).Metrics.TotalBreaks);
    }

    [Fact]
    public void A_cap_on_break_ends_below_the_optimum_is_infeasible()
    {
        var instance = SharedRun(copies: 2, tables: 1);
        var optimum = LunchForums.BruteForceBreaks(instance)!.Value;
        Assert.True(optimum > 0);

        var model = new ScheduleModel(instance, new SlotDomains(instance), breaksCap: optimum - 1, breakEndObjective: true);
        var outcome = CpSatRun.Execute(model, workers: 1, seed: 1, TimeSpan.FromSeconds(10), "", null, CancellationToken.None);

        Assert.Equal(CpSolverStatus.Infeasible, outcome.Status);
    }

    [Fact]
    public void Core_search_over_break_ends_proves_a_published_optimum()
    {
        // forumt-14: 60 participants, 237 meetings, 10 slots; optimum 5 breaks (Bofill et al., JAIR 2022).
        var instance = DznInstanceReader.Read(BenchData.UdgFile("forumt-14.original.dzn"));

        var model = new ScheduleModel(instance, new SlotDomains(instance), breakEndObjective: true);
        var outcome = CpSatRun.Execute(model, workers: 1, seed: 1, TimeSpan.FromSeconds(60), "optimize_with_core:true linearization_level:0",
            null, CancellationToken.None);

        Assert.Equal(CpSolverStatus.Optimal, outcome.Status);
        Assert.Equal(5, (int)Math.Round(outcome.Objective));
        Assert.Equal(5, AssertComplete(instance, outcome.Slots!).Metrics.TotalBreaks);
    }
}
