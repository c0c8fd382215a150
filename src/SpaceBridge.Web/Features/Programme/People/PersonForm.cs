using SpaceBridge.Web.Features.Shared.Forms;

namespace SpaceBridge.Web.Features.Programme.People;

/// <summary>The person form: both names, name order, title and bio in both languages, affiliation and country.</summary>
public sealed class PersonForm
{
    [RequiredInForm] public string RomanizedName { get; set; } = "";
    public string? HangulName { get; set; }
    public bool FamilyNameFirst { get; set; }
    public string? PositionEn { get; set; }
    public string? PositionKo { get; set; }
    public int? OrganizationId { get; set; }
    public string? CountryCode { get; set; }
    public string? BioEn { get; set; }
    public string? BioKo { get; set; }
    public int Version { get; set; }

    public static PersonForm From(Person p) => new()
    {
        RomanizedName = p.RomanizedName, HangulName = p.HangulName, FamilyNameFirst = p.FamilyNameFirst,
        PositionEn = p.Position.En, PositionKo = p.Position.Ko, OrganizationId = p.OrganizationId, CountryCode = p.CountryCode,
        BioEn = p.Bio.En, BioKo = p.Bio.Ko, Version = p.Version,
    };

    public PersonInput ToInput() =>
        new(RomanizedName, HangulName, FamilyNameFirst, new(PositionEn, PositionKo), OrganizationId, CountryCode, new(BioEn, BioKo));
}
