using System.Numerics;
using SpaceBridge.Web.Features.Matchmaking.Profiles;
using SpaceBridge.Web.Features.Matchmaking.Recommendations;

namespace SpaceBridge.Web.Benchmarks.Recommendations;

/// <summary>The engine and the simple rankings it is compared with; each returns the top k partner ids for an organization.</summary>
public static class PartnerRankers
{
    public delegate IReadOnlyList<int> Ranker(int organizationId, int k);

    public static Ranker Engine(SyntheticForum forum)
    {
        var engine = new RecommendationEngine(new MatchmakingSnapshot(forum.Organizations, forum.Opportunities));
        return (id, k) => engine.PartnersFor(id, k).Select(p => p.OrganizationId).ToList();
    }

    public static Ranker Random(SyntheticForum forum, int seed)
    {
        var random = new Random(seed);
        return (id, k) => forum.Organizations.Select(o => o.OrganizationId).Where(o => o != id)
            .OrderBy(_ => random.Next()).Take(k).ToList();
    }

    /// <summary>Most capability and need areas in common: "they are in the same business as you".</summary>
    public static Ranker SharedAreas(SyntheticForum forum, int seed) => ByScore(forum, seed,
        (me, other) => Common(me.Capabilities, other.Capabilities) + Common(me.Needs, other.Needs));

    /// <summary>Offer-to-request area matches both ways, with no text, topics or country.</summary>
    public static Ranker AreaComplementarity(SyntheticForum forum, int seed) => ByScore(forum, seed,
        (me, other) => Common(me.Capabilities, other.Needs) + Common(other.Capabilities, me.Needs));

    // Ties are broken at random, not by id, so a baseline gains nothing from the order organizations were written in.
    private static Ranker ByScore(SyntheticForum forum, int seed, Func<OrganizationInput, OrganizationInput, int> score)
    {
        var random = new Random(seed);
        var byId = forum.Organizations.ToDictionary(o => o.OrganizationId);
        return (id, k) => forum.Organizations.Where(o => o.OrganizationId != id)
            .Select(o => (o.OrganizationId, Score: score(byId[id], o), Tie: random.Next()))
            .OrderByDescending(x => x.Score).ThenBy(x => x.Tie).Take(k).Select(x => x.OrganizationId).ToList();
    }

    private static int Common(IEnumerable<CapabilityArea> a, IEnumerable<CapabilityArea> b) =>
        BitOperations.PopCount(Bits(a) & Bits(b));

    private static uint Bits(IEnumerable<CapabilityArea> areas) => areas.Aggregate(0u, (bits, a) => bits | (1u << (int)a));
}
