using SpaceBridge.Web.Features.Shared.Forms;

namespace SpaceBridge.Web.Features.Programme.Organizations;

/// <summary>The organization form: bilingual name, acronym, kind, country and website.</summary>
public sealed class OrganizationForm
{
    public string? NameEn { get; set; }
    public string? NameKo { get; set; }
    public string? Acronym { get; set; }
    [RequiredInForm] public OrganizationKind Kind { get; set; } = OrganizationKind.Company;
    [RequiredInForm] public string CountryCode { get; set; } = "";
    public string? Website { get; set; }
    public int Version { get; set; }

    public static OrganizationForm From(Organization o) => new()
    {
        NameEn = o.Name.En, NameKo = o.Name.Ko, Acronym = o.Acronym, Kind = o.Kind, CountryCode = o.CountryCode, Website = o.Website, Version = o.Version,
    };

    public OrganizationInput ToInput() => new(new(NameEn, NameKo), Acronym, Kind, CountryCode, Website);
}
