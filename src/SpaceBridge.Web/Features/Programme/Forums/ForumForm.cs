using SpaceBridge.Web.Features.Shared.Forms;

namespace SpaceBridge.Web.Features.Programme.Forums;

/// <summary>The forum form: bilingual name and description side by side, co-hosts and languages as checkboxes.</summary>
public sealed class ForumForm
{
    [RequiredInForm] public string Slug { get; set; } = "";
    public string? NameEn { get; set; }
    public string? NameKo { get; set; }
    public string? DescriptionEn { get; set; }
    public string? DescriptionKo { get; set; }
    [RequiredInForm] public string City { get; set; } = "";
    [RequiredInForm] public string TimeZone { get; set; } = "Asia/Seoul";
    public List<int> HostOrganizationIds { get; set; } = [];
    public List<string> Languages { get; set; } = ["en", "ko"];
    public int Version { get; set; }

    public static ForumForm From(Forum f) => new()
    {
        Slug = f.Slug, NameEn = f.Name.En, NameKo = f.Name.Ko, DescriptionEn = f.Description.En, DescriptionKo = f.Description.Ko,
        City = f.City, TimeZone = f.TimeZoneId, HostOrganizationIds = [.. f.Hosts.Select(h => h.OrganizationId)],
        Languages = [.. f.Languages.Split(',', StringSplitOptions.RemoveEmptyEntries)], Version = f.Version,
    };

    public ForumInput ToInput() => new(Slug, new(NameEn, NameKo), new(DescriptionEn, DescriptionKo), City, TimeZone, HostOrganizationIds, Languages);
}
