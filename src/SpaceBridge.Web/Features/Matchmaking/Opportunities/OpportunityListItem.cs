using SpaceBridge.Web.Features.Matchmaking.Profiles;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.Matchmaking.Opportunities;

/// <summary>One search result: the opportunity, its organization and that organization's export-control flags in the forum.</summary>
public sealed record OpportunityListItem(
    int Id,
    int OrganizationId,
    BilingualText OrganizationName,
    string CountryCode,
    BilingualText CountryName,
    OpportunityDirection Direction,
    OpportunityKind Kind,
    BilingualText Title,
    BilingualText Description,
    IReadOnlyList<CapabilityArea> Areas,
    DateTime CreatedAtUtc,
    bool InvolvesUsExportControlledItems = false,
    bool InvolvesKoreanStrategicItems = false);
