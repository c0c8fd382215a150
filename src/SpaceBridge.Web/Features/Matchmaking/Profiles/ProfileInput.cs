namespace SpaceBridge.Web.Features.Matchmaking.Profiles;

/// <summary>The profile form's fields; the rules live in <see cref="ProfileRules"/>.</summary>
public sealed class ProfileInput
{
    public string? DescriptionEn { get; set; }
    public string? DescriptionKo { get; set; }
    public string? LooksForEn { get; set; }
    public string? LooksForKo { get; set; }
    public List<CapabilityArea> Capabilities { get; set; } = [];
    public List<CapabilityArea> Needs { get; set; } = [];
    public List<string> TopicSlugs { get; set; } = [];
    public bool InvolvesUsExportControlledItems { get; set; }
    public bool InvolvesKoreanStrategicItems { get; set; }

    public ProfileDraft ToDraft() => new(DescriptionEn, DescriptionKo, LooksForEn, LooksForKo, Capabilities, Needs, TopicSlugs,
        InvolvesUsExportControlledItems, InvolvesKoreanStrategicItems);

    public static ProfileInput From(OrganizationProfile p) => new()
    {
        DescriptionEn = p.Description.En, DescriptionKo = p.Description.Ko, LooksForEn = p.LooksFor.En, LooksForKo = p.LooksFor.Ko,
        Capabilities = [.. p.Capabilities], Needs = [.. p.Needs], TopicSlugs = [.. p.TopicSlugs],
        InvolvesUsExportControlledItems = p.InvolvesUsExportControlledItems, InvolvesKoreanStrategicItems = p.InvolvesKoreanStrategicItems,
    };
}
