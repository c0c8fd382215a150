using SpaceBridge.Web.Features.Matchmaking.Opportunities;
using SpaceBridge.Web.Features.Matchmaking.Profiles;
using SpaceBridge.Web.Features.Matchmaking.Recommendations;
using static SpaceBridge.Web.Features.Matchmaking.Profiles.CapabilityArea;

namespace SpaceBridge.Web.Tests.Features.Matchmaking.Recommendations;

public sealed class RecommendationEngineTests
{
    private static OrganizationInput Org(int id, string country, CapabilityArea[] caps, CapabilityArea[] needs,
        string[]? topics = null, string offer = "", string need = "") =>
        new(id, country, caps, needs, topics ?? [], offer, need);

    [Fact]
    public void An_organization_is_never_recommended_to_itself_nor_its_own_opportunities()
    {
        // Organization 1 offers exactly what it needs: the best partner by areas would be itself.
        var orgs = new[]
        {
            Org(1, "KR", [SpaceSituationalAwareness], [SpaceSituationalAwareness], offer: "ssa tracking", need: "ssa tracking"),
            Org(2, "US", [Launch], [GroundSegment]),
            Org(3, "TH", [GroundSegment], [Launch]),
        };
        var opps = new[]
        {
            new OpportunityInput(10, 1, OpportunityDirection.Request, [SpaceSituationalAwareness], "ssa tracking wanted"),
            new OpportunityInput(11, 2, OpportunityDirection.Request, [SpaceSituationalAwareness], "ssa tracking wanted"),
        };
        var engine = new RecommendationEngine(new MatchmakingSnapshot(orgs, opps));

        Assert.DoesNotContain(engine.PartnersFor(1, take: 10), p => p.OrganizationId == 1);
        var opportunities = engine.OpportunitiesFor(1, take: 10);
        Assert.DoesNotContain(opportunities, o => o.OpportunityId == 10);
        Assert.Contains(opportunities, o => o.OpportunityId == 11);
    }

    [Fact]
    public void A_planted_complementary_pair_ranks_first_among_noise()
    {
        var random = new Random(7);
        var areas = Enum.GetValues<CapabilityArea>();
        var orgs = new List<OrganizationInput>
        {
            Org(1, "KR", [SpaceSituationalAwareness], [Launch], offer: "orbit tracking radar data", need: "rideshare launch slot"),
            Org(2, "US", [Launch], [SpaceSituationalAwareness], offer: "rideshare launch slot", need: "orbit tracking radar data"),
        };
        // Noise: organizations that touch one of the two areas at most on one side.
        for (var id = 3; id < 60; id++)
        {
            var cap = areas[random.Next(areas.Length)];
            var need = areas[random.Next(areas.Length)];
            orgs.Add(Org(id, id % 2 == 0 ? "KR" : "MX", [cap], [need == Launch ? PolicyAndRegulation : need]));
        }
        var engine = new RecommendationEngine(new MatchmakingSnapshot(orgs, []));

        Assert.Equal(2, engine.PartnersFor(1)[0].OrganizationId);
        Assert.Equal(1, engine.PartnersFor(2)[0].OrganizationId);
    }

    [Fact]
    public void On_otherwise_equal_partners_the_one_from_another_country_ranks_higher()
    {
        var orgs = new[]
        {
            Org(1, "KR", [EarthObservationData], [GroundSegment]),
            // Same profile, same country as 1, lower id: would win a tie on id alone.
            Org(2, "KR", [GroundSegment], [EarthObservationData]),
            Org(3, "MY", [GroundSegment], [EarthObservationData]),
        };
        var ranked = new RecommendationEngine(new MatchmakingSnapshot(orgs, [])).PartnersFor(1);

        Assert.Equal([3, 2], ranked.Select(r => r.OrganizationId));
        Assert.Contains(ranked[0].Reasons, r => r.Kind == MatchReasonKind.CrossCountry);
        Assert.DoesNotContain(ranked[1].Reasons, r => r.Kind == MatchReasonKind.CrossCountry);
    }

    [Fact]
    public void Reasons_name_the_matching_areas_in_both_directions_and_the_shared_topics()
    {
        var orgs = new[]
        {
            Org(1, "KR", [SpaceSituationalAwareness, SoftwareAndAnalytics], [Launch], ["supply-chain-resilience", "space-policy"]),
            Org(2, "US", [Launch], [SpaceSituationalAwareness], ["space-policy"]),
        };
        var opps = new[] { new OpportunityInput(20, 2, OpportunityDirection.Request, [SoftwareAndAnalytics], "Analytics wanted") };
        var engine = new RecommendationEngine(new MatchmakingSnapshot(orgs, opps));

        var reasons = Assert.Single(engine.PartnersFor(1)).Reasons;
        var weOffer = Assert.Single(reasons, r => r.Kind == MatchReasonKind.YouOfferTheyRequest);
        Assert.Equal([SpaceSituationalAwareness, SoftwareAndAnalytics], weOffer.Areas);
        Assert.Equal([Launch], Assert.Single(reasons, r => r.Kind == MatchReasonKind.TheyOfferYouRequest).Areas);
        Assert.Equal(["space-policy"], Assert.Single(reasons, r => r.Kind == MatchReasonKind.SharedTopics).Topics);

        var opportunity = Assert.Single(engine.OpportunitiesFor(1));
        Assert.Equal([SoftwareAndAnalytics], Assert.Single(opportunity.Reasons, r => r.Kind == MatchReasonKind.YouOfferTheyRequest).Areas);
    }

    [Fact]
    public void Text_relevance_breaks_a_tie_between_partners_with_the_same_areas()
    {
        var orgs = new[]
        {
            Org(1, "KR", [EarthObservationData], [GroundSegment], need: "polar X-band downlink antenna"),
            Org(2, "US", [GroundSegment], [EarthObservationData], offer: "tracking telemetry for launch vehicles"),
            Org(3, "US", [GroundSegment], [EarthObservationData], offer: "polar X-band downlink antenna network"),
        };
        var ranked = new RecommendationEngine(new MatchmakingSnapshot(orgs, [])).PartnersFor(1);

        Assert.Equal(3, ranked[0].OrganizationId);
        Assert.Contains(ranked[0].Reasons, r => r.Kind == MatchReasonKind.SimilarText);
    }

    [Fact]
    public void An_organization_without_a_profile_in_the_snapshot_gets_no_recommendations()
    {
        var engine = new RecommendationEngine(new MatchmakingSnapshot([Org(1, "KR", [Launch], [GroundSegment])], []));
        Assert.Empty(engine.PartnersFor(99));
        Assert.Empty(engine.OpportunitiesFor(99));
    }
}
