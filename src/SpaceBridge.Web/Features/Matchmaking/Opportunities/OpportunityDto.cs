using SpaceBridge.Web.Features.Matchmaking.Profiles;
using SpaceBridge.Web.Infrastructure.Api;

namespace SpaceBridge.Web.Features.Matchmaking.Opportunities;

public sealed record OpportunityOrganizationDto(int Id, LocalizedText Name, string CountryCode,
    bool InvolvesUsExportControlledItems, bool InvolvesKoreanStrategicItems);

/// <summary>An open opportunity as the API returns it, with its organization's export-control cautions.</summary>
public sealed record OpportunityDto(int Id, OpportunityDirection Direction, OpportunityKind Kind, LocalizedText Title,
    LocalizedText Description, IReadOnlyList<CapabilityArea> Areas, DateTime CreatedAtUtc, OpportunityOrganizationDto Organization);

public static class OpportunityDtoMapping
{
    public static OpportunityDto ToDto(this OpportunityListItem o) => new(o.Id, o.Direction, o.Kind, o.Title.ToDto(),
        o.Description.ToDto(), o.Areas, DateTime.SpecifyKind(o.CreatedAtUtc, DateTimeKind.Utc),
        new OpportunityOrganizationDto(o.OrganizationId, o.OrganizationName.ToDto(), o.CountryCode,
            o.InvolvesUsExportControlledItems, o.InvolvesKoreanStrategicItems));
}
