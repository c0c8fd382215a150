using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Features.Programme.People;
using SpaceBridge.Web.Features.Programme.Sessions;
using SpaceBridge.Web.Infrastructure.Api;

namespace SpaceBridge.Web.Features.Programme.Organizations;

public sealed record OrganizationSummary(int Id, LocalizedText Name, string? Acronym, OrganizationKind Kind, string CountryCode);

public sealed record OrganizationDetail(
    int Id, LocalizedText Name, string? Acronym, OrganizationKind Kind, string CountryCode, LocalizedText CountryName,
    string? Website, IReadOnlyList<OrganizationMember> People);

public sealed record OrganizationMember(int Id, string RomanizedName, string? HangulName, LocalizedText Position);

public static class OrganizationMapping
{
    public static OrganizationSummary ToSummary(this Organization o) => new(o.Id, o.Name.ToDto(), o.Acronym, o.Kind, o.CountryCode);

    /// <summary>Needs Country and People loaded.</summary>
    public static OrganizationDetail ToDetail(this Organization o) =>
        new(o.Id, o.Name.ToDto(), o.Acronym, o.Kind, o.CountryCode, o.Country.Name.ToDto(), o.Website,
            [.. o.People.OrderBy(p => p.Id).Select(p => new OrganizationMember(p.Id, p.RomanizedName, p.HangulName, p.Position.ToDto()))]);
}
