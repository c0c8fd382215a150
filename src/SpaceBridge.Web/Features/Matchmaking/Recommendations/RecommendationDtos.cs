using SpaceBridge.Web.Features.Matchmaking.Opportunities;
using SpaceBridge.Web.Features.Matchmaking.Profiles;

namespace SpaceBridge.Web.Features.Matchmaking.Recommendations;

public sealed record RecommendationsDto(int RegistrationId, int? OrganizationId, bool HasProfile,
    IReadOnlyList<PartnerDto> Partners, IReadOnlyList<OpportunityRecommendationDto> Opportunities);

/// <summary>A recommended partner organization, its export-control cautions, and its people at the event to ask for a meeting.</summary>
public sealed record PartnerDto(int OrganizationId, string Name, string CountryCode, string CountryName, double Score,
    IReadOnlyList<ReasonDto> Reasons, bool InvolvesUsExportControlledItems, bool InvolvesKoreanStrategicItems,
    IReadOnlyList<ContactDto> Contacts);

public sealed record ContactDto(int RegistrationId, string Name, string? Position);

public sealed record OpportunityRecommendationDto(int OpportunityId, string Title, OpportunityDirection Direction, OpportunityKind Kind,
    int OrganizationId, string OrganizationName, double Score, IReadOnlyList<ReasonDto> Reasons);

/// <summary>A reason, structured (kind, areas, topic slugs) and as a sentence in the reader's language.</summary>
public sealed record ReasonDto(MatchReasonKind Kind, IReadOnlyList<CapabilityArea> Areas, IReadOnlyList<string> Topics, string Text);
