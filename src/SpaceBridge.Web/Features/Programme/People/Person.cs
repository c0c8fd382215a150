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

    public string DisplayName(System.Globalization.CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "ko" && HangulName is not null ? HangulName : RomanizedName;
}
