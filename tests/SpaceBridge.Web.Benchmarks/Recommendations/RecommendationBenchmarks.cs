using BenchmarkDotNet.Attributes;
using SpaceBridge.Web.Features.Matchmaking.Recommendations;

namespace SpaceBridge.Web.Benchmarks.Recommendations;

/// <summary>
/// Recommendations for every participant of a synthetic forum, as the page does them: one snapshot, then the top 10
/// partners and top 10 opportunities of each participant's organization. One participant per organization, the
/// costliest case (no two participants share a ranking). The baseline is the 3,000-organization snapshot alone.
/// </summary>
[MemoryDiagnoser]
// In-process: the generated boilerplate project cannot build against the web SDK project here.
[InProcess]
[WarmupCount(1)]
[IterationCount(7)]
[MedianColumn]
public class RecommendationBenchmarks
{
    private SyntheticForum _small = null!, _large = null!;

    [GlobalSetup]
    public void Setup()
    {
        _small = new SyntheticForumGenerator(seed: 1).Generate(300);
        _large = new SyntheticForumGenerator(seed: 1).Generate(3000);
    }

    [Benchmark(Baseline = true)]
    public int Snapshot_3000() => new MatchmakingSnapshot(_large.Organizations, _large.Opportunities).OrganizationCount;

    [Benchmark]
    public int AllParticipants_300() => AllParticipants(_small);

    [Benchmark]
    public int AllParticipants_3000() => AllParticipants(_large);

    private static int AllParticipants(SyntheticForum forum)
    {
        var engine = new RecommendationEngine(new MatchmakingSnapshot(forum.Organizations, forum.Opportunities));
        var shown = 0;
        foreach (var org in forum.Organizations)
        {
            shown += engine.PartnersFor(org.OrganizationId).Count + engine.OpportunitiesFor(org.OrganizationId).Count;
        }
        return shown;
    }
}
