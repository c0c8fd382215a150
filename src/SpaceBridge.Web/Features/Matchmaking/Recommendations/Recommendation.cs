using SpaceBridge.Web.Features.Matchmaking.Profiles;

namespace SpaceBridge.Web.Features.Matchmaking.Recommendations;

public enum MatchReasonKind
{
    /// <summary>You offer these areas; they request them.</summary>
    YouOfferTheyRequest,
    /// <summary>They offer these areas; you request them.</summary>
    TheyOfferYouRequest,
    /// <summary>You share these symposium topics.</summary>
    SharedTopics,
    /// <summary>Their texts match yours in words.</summary>
    SimilarText,
    /// <summary>The partner is from another country.</summary>
    CrossCountry,
}

/// <summary>Why something was recommended: the kind, with the capability areas or topics it rests on.</summary>
public sealed record MatchReason(MatchReasonKind Kind, IReadOnlyList<CapabilityArea> Areas, IReadOnlyList<string> Topics)
{
    public static MatchReason For(MatchReasonKind kind, IReadOnlyList<CapabilityArea>? areas = null, IReadOnlyList<string>? topics = null) =>
        new(kind, areas ?? [], topics ?? []);
}

public sealed record PartnerRecommendation(int OrganizationId, string CountryCode, double Score, IReadOnlyList<MatchReason> Reasons);

public sealed record OpportunityRecommendation(int OpportunityId, int OrganizationId, double Score, IReadOnlyList<MatchReason> Reasons);
