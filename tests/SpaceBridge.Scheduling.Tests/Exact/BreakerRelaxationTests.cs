using SpaceBridge.Scheduling.Exact;
using SpaceBridge.Scheduling.Model;
using static SpaceBridge.Scheduling.Tests.Exact.ContestedForums;

namespace SpaceBridge.Scheduling.Tests.Exact;

public class BreakerRelaxationTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(2);

    public static TheoryData<string> SmallForums => [.. Forums.Keys];

    private static readonly Dictionary<string, Func<Instance>> Forums = new()
    {
        ["shared run, one table"] = () => SharedRun(copies: 1, tables: 1),
        ["shared run, two tables"] = () => SharedRun(copies: 1, tables: 2),
        ["two shared runs, one table"] = () => SharedRun(copies: 2, tables: 1),
        ["across lunch, one table"] = () => AcrossLunch(tables: 1, wholeDay: true),
        ["across lunch, two tables"] = () => AcrossLunch(tables: 2, wholeDay: true),
        ["across lunch, per block"] = () => AcrossLunch(tables: 1, wholeDay: false),
        ["three hubs, two tables"] = () => LunchForums.Hubs(hubs: 3, tables: 2),
        ["four hubs, two tables"] = () => LunchForums.Hubs(hubs: 4, tables: 2),
        ["tiny forum, one table, sessions"] = () => TinyInstances.Forum(Literature, (m, x) => m switch
        {
            0 => x with { Session = SessionRestriction.Morning },
            3 => x with { Session = SessionRestriction.Afternoon },
            _ => x,
        }, tables: 1),
        ["tiny forum spanning lunch, one table"] = () => LunchForums.TinySpanning(tables: 1),
        ["tiny forum spanning lunch, two tables"] = () => LunchForums.TinySpanning(tables: 2),
    };

    private static BreakerRelaxation.Outcome Relax(Instance instance) =>
        BreakerRelaxation.Solve(instance, new SlotDomains(instance), Limit, workers: 1, seed: 1, CancellationToken.None)
        ?? throw new Xunit.Sdk.XunitException("the relaxation found no solution");

    [Theory]
    [MemberData(nameof(SmallForums))]
    public void The_relaxation_bound_never_exceeds_the_brute_force_optimum(string forum)
    {
        var instance = Forums[forum]();
        var optimum = LunchForums.BruteForceBreaks(instance);
        Assert.NotNull(optimum);

        var outcome = Relax(instance);

        Assert.InRange(outcome.LowerBound, 0, optimum.Value);
        Assert.True(outcome.Breakers.Count >= outcome.LowerBound);
    }

    [Theory]
    [InlineData(2, 1)]
    [InlineData(3, 2)]
    [InlineData(4, 2)]
    public void More_spanning_participants_than_tables_at_lunch_force_breaks_on_spanning_participants_only(int hubs, int tables)
    {
        var instance = LunchForums.Hubs(hubs, tables);
        var domains = new SlotDomains(instance);
        var spanning = Enumerable.Range(0, instance.Participants.Count).Where(p => ContiguousRuns.SpansBlocks(domains, p)).ToList();
        Assert.Equal(Enumerable.Range(0, hubs).Select(h => 3 * h), spanning);

        var outcome = Relax(instance);

        Assert.True(outcome.LowerBound >= 1, $"bound {outcome.LowerBound}");
        Assert.InRange(outcome.LowerBound, 1, LunchForums.BruteForceBreaks(instance)!.Value);
        Assert.NotEmpty(outcome.Breakers);
        Assert.All(outcome.Breakers, p => Assert.Contains(p, spanning));
    }
}
