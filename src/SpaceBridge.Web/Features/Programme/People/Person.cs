using SpaceBridge.Web.Features.Programme.Organizations;
using SpaceBridge.Web.Features.Programme.Sessions;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.Programme.People;

public class Person
{
    public int Id { get; set; }
    /// <summary>Name in Hangul, family name first (e.g. 이종호); null for people without one.</summary>
    public string? HangulName { get; set; }
    /// <summary>Romanized name as the person writes it (e.g. Lee Jong-ho, Chirag Parikh).</summary>
    public required string RomanizedName { get; set; }
    public BilingualText Position { get; set; } = new();
    public int? OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public List<SessionPerson> Sessions { get; set; } = [];
    /// <summary>Whether the romanized name is written family name first (Lee Jong-ho) rather than last.</summary>
    public bool FamilyNameFirst { get; set; }
    /// <summary>ISO 3166-1 alpha-2 code of the person's country, when known.</summary>
    public string? CountryCode { get; set; }
    public BilingualText Bio { get; set; } = new();
    /// <summary>The forum whose organizers maintain this person; null for people no forum owns.</summary>
    public int? ForumId { get; set; }
    public int Version { get; set; }

    public string DisplayName(System.Globalization.CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "ko" && HangulName is not null ? HangulName : RomanizedName;
}
