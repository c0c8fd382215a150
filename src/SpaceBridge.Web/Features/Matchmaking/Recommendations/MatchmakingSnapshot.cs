using SpaceBridge.Web.Features.Matchmaking.Opportunities;
using SpaceBridge.Web.Features.Matchmaking.Profiles;

namespace SpaceBridge.Web.Features.Matchmaking.Recommendations;

/// <summary>What the engine needs to know of an organization: its profile, in plain values.</summary>
public sealed record OrganizationInput(
    int OrganizationId,
    string CountryCode,
    IReadOnlyCollection<CapabilityArea> Capabilities,
    IReadOnlyCollection<CapabilityArea> Needs,
    IReadOnlyCollection<string> TopicSlugs,
    string OfferText,
    string NeedText);

/// <summary>An open opportunity, in plain values.</summary>
public sealed record OpportunityInput(
    int OpportunityId,
    int OrganizationId,
    OpportunityDirection Direction,
    IReadOnlyCollection<CapabilityArea> Areas,
    string Text);

/// <summary>
/// Everything the recommendation engine reads, loaded once and pre-computed: area and topic bit sets, and
/// TF-IDF vectors of what each organization offers and what it looks for (profile plus its opportunities).
/// </summary>
public sealed class MatchmakingSnapshot
{
    internal sealed record Org(OrganizationInput Input, int Caps, int Needs, int OfferAreas, int RequestAreas,
        ulong Topics, SparseVector OfferVector, SparseVector NeedVector);

    /// <summary>An opportunity, with its owner when the owner is in the snapshot.</summary>
    internal sealed record Opp(OpportunityInput Input, int Areas, SparseVector Vector, Org? Owner);

    internal IReadOnlyList<Org> Organizations { get; }
    internal IReadOnlyList<Opp> Opportunities { get; }
    internal IReadOnlyDictionary<int, Org> ById { get; }
    /// <summary>Inverted indexes over the organizations' offer and need vectors and the opportunities' vectors, by list position.</summary>
    internal TermIndex OfferIndex { get; }
    internal TermIndex NeedIndex { get; }
    internal TermIndex OpportunityIndex { get; }

    public int OrganizationCount => Organizations.Count;

    public MatchmakingSnapshot(IEnumerable<OrganizationInput> organizations, IEnumerable<OpportunityInput> opportunities)
    {
        var orgs = organizations.ToList();
        var opps = opportunities.ToList();
        var topicIndex = orgs.SelectMany(o => o.TopicSlugs).Distinct().Take(64)
            .Select((slug, i) => (slug, i)).ToDictionary(x => x.slug, x => x.i);

        var oppsByOrg = opps.ToLookup(o => o.OrganizationId);
        string OfferDoc(OrganizationInput o) => o.OfferText + " " + string.Join(" ",
            oppsByOrg[o.OrganizationId].Where(x => x.Direction == OpportunityDirection.Offer).Select(x => x.Text));
        string NeedDoc(OrganizationInput o) => o.NeedText + " " + string.Join(" ",
            oppsByOrg[o.OrganizationId].Where(x => x.Direction == OpportunityDirection.Request).Select(x => x.Text));

        // One vocabulary and document frequency over every document, so offer and need vectors are comparable.
        var offerDocs = orgs.Select(o => TextVectors.Tokenize(OfferDoc(o))).ToList();
        var needDocs = orgs.Select(o => TextVectors.Tokenize(NeedDoc(o))).ToList();
        var oppDocs = opps.Select(o => TextVectors.Tokenize(o.Text)).ToList();
        var vectors = new TextVectors([.. offerDocs, .. needDocs, .. oppDocs]);

        Organizations = orgs.Select((o, i) => new Org(o,
            AreaBits.Of(o.Capabilities), AreaBits.Of(o.Needs),
            AreaBits.Of(oppsByOrg[o.OrganizationId].Where(x => x.Direction == OpportunityDirection.Offer).SelectMany(x => x.Areas)),
            AreaBits.Of(oppsByOrg[o.OrganizationId].Where(x => x.Direction == OpportunityDirection.Request).SelectMany(x => x.Areas)),
            o.TopicSlugs.Aggregate(0UL, (bits, slug) => topicIndex.TryGetValue(slug, out var t) ? bits | (1UL << t) : bits),
            vectors.Vectorize(offerDocs[i]), vectors.Vectorize(needDocs[i]))).ToList();
        ById = Organizations.ToDictionary(o => o.Input.OrganizationId);
        Opportunities = opps.Select((o, i) => new Opp(o, AreaBits.Of(o.Areas), vectors.Vectorize(oppDocs[i]),
            ById.GetValueOrDefault(o.OrganizationId))).ToList();
        OfferIndex = new TermIndex(Organizations.Select(o => o.OfferVector).ToList());
        NeedIndex = new TermIndex(Organizations.Select(o => o.NeedVector).ToList());
        OpportunityIndex = new TermIndex(Opportunities.Select(o => o.Vector).ToList());
    }
}

internal static class AreaBits
{
    public static int Of(IEnumerable<CapabilityArea> areas) => areas.Aggregate(0, (bits, a) => bits | (1 << (int)a));

    public static IReadOnlyList<CapabilityArea> Areas(int bits) =>
        Enum.GetValues<CapabilityArea>().Where(a => (bits & (1 << (int)a)) != 0).ToList();
}
