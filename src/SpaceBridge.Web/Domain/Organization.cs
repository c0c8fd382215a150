namespace SpaceBridge.Web.Domain;

public class Country
{
    /// <summary>ISO 3166-1 alpha-2 code, e.g. KR, US.</summary>
    public required string Code { get; set; }
    public BilingualText Name { get; set; } = new();
}

public enum OrganizationKind
{
    GovernmentAgency,
    Company,
    ResearchInstitute,
    University,
    Association,
    Media,
}

public class Organization
{
    public int Id { get; set; }
    public BilingualText Name { get; set; } = new();
    public string? Acronym { get; set; }
    public OrganizationKind Kind { get; set; }
    public required string CountryCode { get; set; }
    public Country Country { get; set; } = null!;
    public string? Website { get; set; }
    public List<Person> People { get; set; } = [];
}

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
