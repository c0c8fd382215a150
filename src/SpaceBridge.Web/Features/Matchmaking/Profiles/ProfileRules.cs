using SpaceBridge.Web.Features.Matchmaking.Opportunities;

namespace SpaceBridge.Web.Features.Matchmaking.Profiles;

/// <summary>A profile as its editor writes it, before it is checked.</summary>
public sealed record ProfileDraft(string? DescriptionEn, string? DescriptionKo, string? LooksForEn, string? LooksForKo,
    IReadOnlyList<CapabilityArea> Capabilities, IReadOnlyList<CapabilityArea> Needs, IReadOnlyList<string> TopicSlugs,
    bool InvolvesUsExportControlledItems, bool InvolvesKoreanStrategicItems);

/// <summary>What a profile needs: a description in at least one language, known areas, and topics of the forum's events.</summary>
public static class ProfileRules
{
    public const int MaxDescriptionLength = 4000;
    public const int MaxLooksForLength = 1000;

    public static List<FieldProblem> Check(ProfileDraft d, IReadOnlySet<string> forumTopicSlugs)
    {
        var problems = new List<FieldProblem>();
        BilingualRules.Check(problems, "Description", d.DescriptionEn, d.DescriptionKo, MaxDescriptionLength, required: true);
        BilingualRules.Check(problems, "LooksFor", d.LooksForEn, d.LooksForKo, MaxLooksForLength, required: false);
        if (!d.Capabilities.All(Enum.IsDefined)) problems.Add(new("Capabilities", "Matchmaking.Error.UnknownArea"));
        if (!d.Needs.All(Enum.IsDefined)) problems.Add(new("Needs", "Matchmaking.Error.UnknownArea"));
        if (!d.TopicSlugs.All(forumTopicSlugs.Contains)) problems.Add(new("TopicSlugs", "Profile.Error.UnknownTopic"));
        return problems;
    }

    public static void Apply(ProfileDraft d, OrganizationProfile p, DateTime nowUtc)
    {
        p.Description = BilingualRules.Text(d.DescriptionEn, d.DescriptionKo);
        p.LooksFor = BilingualRules.Text(d.LooksForEn, d.LooksForKo);
        p.Capabilities = [.. d.Capabilities.Distinct().Order()];
        p.Needs = [.. d.Needs.Distinct().Order()];
        p.TopicSlugs = [.. d.TopicSlugs.Distinct()];
        p.InvolvesUsExportControlledItems = d.InvolvesUsExportControlledItems;
        p.InvolvesKoreanStrategicItems = d.InvolvesKoreanStrategicItems;
        p.UpdatedAtUtc = nowUtc;
    }
}
