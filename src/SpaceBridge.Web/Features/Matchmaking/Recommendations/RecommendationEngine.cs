using System.Numerics;
using SpaceBridge.Web.Features.Matchmaking.Opportunities;

namespace SpaceBridge.Web.Features.Matchmaking.Recommendations;

/// <summary>
/// Ranks partner organizations and opportunities for one organization, in memory over a snapshot. The score adds
/// offer-to-request complementarity (capabilities and opportunity areas against needs, both ways), text relevance
/// (TF-IDF cosine of what one offers against what the other looks for), shared topics, and a bonus for a partner
/// of another country. An organization is never recommended to itself, nor its own opportunities.
/// </summary>
public sealed class RecommendationEngine(MatchmakingSnapshot snapshot)
{
    public const double AreaWeight = 1.0, MutualBonus = 0.5, TextWeight = 1.5, TopicWeight = 0.6, CrossCountryBonus = 0.4;
    private const float TextReasonThreshold = 0.15f;

    public IReadOnlyList<PartnerRecommendation> PartnersFor(int organizationId, int take = 10)
    {
        if (!snapshot.ById.TryGetValue(organizationId, out var me))
        {
            return [];
        }
        // Text relevance with every organization at once, from the inverted indexes: what I offer against what they
        // look for, and the other way round.
        var offerToNeed = snapshot.NeedIndex.Cosines(me.OfferVector);
        var needToOffer = snapshot.OfferIndex.Cosines(me.NeedVector);
        var top = new TopList<MatchmakingSnapshot.Org>(take);
        for (var i = 0; i < snapshot.Organizations.Count; i++)
        {
            var other = snapshot.Organizations[i];
            if (other.Input.OrganizationId != organizationId)
            {
                top.Offer(PartnerScore(me, other, Math.Max(offerToNeed[i], needToOffer[i])), other.Input.OrganizationId, other);
            }
        }
        return top.Sorted().Select(x => new PartnerRecommendation(x.Item.Input.OrganizationId, x.Item.Input.CountryCode, x.Score,
            PartnerReasons(me, x.Item))).ToList();
    }

    public IReadOnlyList<OpportunityRecommendation> OpportunitiesFor(int organizationId, int take = 10)
    {
        if (!snapshot.ById.TryGetValue(organizationId, out var me))
        {
            return [];
        }
        var offerText = snapshot.OpportunityIndex.Cosines(me.OfferVector);
        var needText = snapshot.OpportunityIndex.Cosines(me.NeedVector);
        var top = new TopList<MatchmakingSnapshot.Opp>(take);
        for (var i = 0; i < snapshot.Opportunities.Count; i++)
        {
            var opp = snapshot.Opportunities[i];
            if (opp.Input.OrganizationId != organizationId)
            {
                var text = opp.Input.Direction == OpportunityDirection.Request ? offerText[i] : needText[i];
                var score = OpportunityScore(me, opp, text, out _);
                if (score > 0)
                {
                    top.Offer(score, opp.Input.OpportunityId, opp);
                }
            }
        }
        return top.Sorted().Select(x =>
        {
            OpportunityScore(me, x.Item, OpportunityText(me, x.Item), out var matched);
            var kind = x.Item.Input.Direction == OpportunityDirection.Request ? MatchReasonKind.YouOfferTheyRequest : MatchReasonKind.TheyOfferYouRequest;
            List<MatchReason> reasons = matched != 0 ? [MatchReason.For(kind, AreaBits.Areas(matched))] : [MatchReason.For(MatchReasonKind.SimilarText)];
            if (x.Item.Owner is { } owner && owner.Input.CountryCode != me.Input.CountryCode)
            {
                reasons.Add(MatchReason.For(MatchReasonKind.CrossCountry));
            }
            return new OpportunityRecommendation(x.Item.Input.OpportunityId, x.Item.Input.OrganizationId, x.Score, reasons);
        }).ToList();
    }

    private static int WeOffer(MatchmakingSnapshot.Org me, MatchmakingSnapshot.Org other) =>
        (me.Caps | me.OfferAreas) & (other.Needs | other.RequestAreas);

    /// <param name="text">The better of the two text cosines: my offer against their need, my need against their offer.</param>
    private static double PartnerScore(MatchmakingSnapshot.Org me, MatchmakingSnapshot.Org other, float text)
    {
        var weOffer = BitOperations.PopCount((uint)WeOffer(me, other));
        var theyOffer = BitOperations.PopCount((uint)WeOffer(other, me));
        var topics = Jaccard(me.Topics, other.Topics);
        return AreaWeight * (weOffer + theyOffer)
            + (weOffer > 0 && theyOffer > 0 ? MutualBonus : 0)
            + TextWeight * text
            + TopicWeight * topics
            + (me.Input.CountryCode != other.Input.CountryCode ? CrossCountryBonus : 0);
    }

    private static IReadOnlyList<MatchReason> PartnerReasons(MatchmakingSnapshot.Org me, MatchmakingSnapshot.Org other)
    {
        var reasons = new List<MatchReason>();
        if (WeOffer(me, other) is var weOffer and not 0)
        {
            reasons.Add(MatchReason.For(MatchReasonKind.YouOfferTheyRequest, AreaBits.Areas(weOffer)));
        }
        if (WeOffer(other, me) is var theyOffer and not 0)
        {
            reasons.Add(MatchReason.For(MatchReasonKind.TheyOfferYouRequest, AreaBits.Areas(theyOffer)));
        }
        var shared = me.Input.TopicSlugs.Intersect(other.Input.TopicSlugs).ToList();
        if (shared.Count > 0)
        {
            reasons.Add(MatchReason.For(MatchReasonKind.SharedTopics, topics: shared));
        }
        if (Math.Max(me.OfferVector.Cosine(other.NeedVector), me.NeedVector.Cosine(other.OfferVector)) >= TextReasonThreshold)
        {
            reasons.Add(MatchReason.For(MatchReasonKind.SimilarText));
        }
        if (me.Input.CountryCode != other.Input.CountryCode)
        {
            reasons.Add(MatchReason.For(MatchReasonKind.CrossCountry));
        }
        return reasons;
    }

    /// <summary>A request scores by what I can offer of its areas; an offer by what I need of them.</summary>
    /// <param name="text">The cosine of what I offer (for a request) or look for (for an offer) with the opportunity's text.</param>
    private static double OpportunityScore(MatchmakingSnapshot.Org me, MatchmakingSnapshot.Opp opp, float text, out int matchedAreas)
    {
        var isRequest = opp.Input.Direction == OpportunityDirection.Request;
        matchedAreas = opp.Areas & (isRequest ? me.Caps | me.OfferAreas : me.Needs | me.RequestAreas);
        if (matchedAreas == 0 && text < TextReasonThreshold)
        {
            return 0;
        }
        var crossCountry = opp.Owner is { } owner && owner.Input.CountryCode != me.Input.CountryCode;
        return AreaWeight * BitOperations.PopCount((uint)matchedAreas) + TextWeight * text + (crossCountry ? CrossCountryBonus : 0);
    }

    private static float OpportunityText(MatchmakingSnapshot.Org me, MatchmakingSnapshot.Opp opp) =>
        (opp.Input.Direction == OpportunityDirection.Request ? me.OfferVector : me.NeedVector).Cosine(opp.Vector);

    private static double Jaccard(ulong a, ulong b) =>
        (a | b) == 0 ? 0 : (double)BitOperations.PopCount(a & b) / BitOperations.PopCount(a | b);
}
