using SpaceBridge.Web.Features.Programme.People;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.Programme.Organizations;

public class Organization
{
    public int Id { get; set; }
    public BilingualText Name { get; set; } = new();
    public string? Acronym { get; set; }
    public OrganizationKind Kind { get; set; }
    public required string CountryCode { get; set; }
    public Country Country { get; set; } = null!;
    public string? Website { get; set; }
    /// <summary>Proposed by a registrant until the forum's organizers approve it or merge it into another.</summary>
    public OrganizationStatus Status { get; set; }
    public List<Person> People { get; set; } = [];
    /// <summary>The forum whose organizers maintain this organization; null for organizations no forum owns.</summary>
    public int? ForumId { get; set; }
    public int Version { get; set; }
}
