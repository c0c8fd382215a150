using SpaceBridge.Web.Features.Matchmaking.Profiles;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.Matchmaking.Opportunities;

/// <summary>An opportunity as its author writes it, before it is checked.</summary>
public sealed record OpportunityDraft(OpportunityDirection? Direction, OpportunityKind? Kind, string? TitleEn, string? TitleKo,
    string? DescriptionEn, string? DescriptionKo, IReadOnlyList<CapabilityArea> Areas);

/// <summary>A rule an input breaks: the form field it belongs beside and the resource key of its message.</summary>
public sealed record FieldProblem(string Field, string MessageKey);

/// <summary>What an opportunity needs: a direction and kind, a title and a description in at least one language, one area or more.</summary>
public static class OpportunityRules
{
    public const int MaxTitleLength = 200;
    public const int MaxDescriptionLength = 4000;

    public static List<FieldProblem> Check(OpportunityDraft d)
    {
        var problems = new List<FieldProblem>();
        if (d.Direction is not { } direction || !Enum.IsDefined(direction)) problems.Add(new("Direction", "Opportunity.Error.Direction"));
        if (d.Kind is not { } kind || !Enum.IsDefined(kind)) problems.Add(new("Kind", "Opportunity.Error.Kind"));
        BilingualRules.Check(problems, "Title", d.TitleEn, d.TitleKo, MaxTitleLength, required: true);
        BilingualRules.Check(problems, "Description", d.DescriptionEn, d.DescriptionKo, MaxDescriptionLength, required: true);
        if (d.Areas.Count == 0) problems.Add(new("Areas", "Opportunity.Error.Areas"));
        else if (!d.Areas.All(Enum.IsDefined)) problems.Add(new("Areas", "Matchmaking.Error.UnknownArea"));
        return problems;
    }

    public static void Apply(OpportunityDraft d, Opportunity o)
    {
        o.Direction = d.Direction!.Value;
        o.Kind = d.Kind!.Value;
        o.Title = BilingualRules.Text(d.TitleEn, d.TitleKo);
        o.Description = BilingualRules.Text(d.DescriptionEn, d.DescriptionKo);
        o.Areas = [.. d.Areas.Distinct().Order()];
    }
}

/// <summary>Bilingual fields: problems are reported beside the English input ({name}En), the first of the pair.</summary>
public static class BilingualRules
{
    public static void Check(List<FieldProblem> problems, string name, string? en, string? ko, int maxLength, bool required)
    {
        if (required && string.IsNullOrWhiteSpace(en) && string.IsNullOrWhiteSpace(ko))
        {
            problems.Add(new($"{name}En", $"Matchmaking.Error.{name}Required"));
        }
        if (en?.Trim().Length > maxLength) problems.Add(new($"{name}En", "Matchmaking.Error.TooLong"));
        if (ko?.Trim().Length > maxLength) problems.Add(new($"{name}Ko", "Matchmaking.Error.TooLong"));
    }

    public static BilingualText Text(string? en, string? ko) =>
        new(string.IsNullOrWhiteSpace(en) ? null : en.Trim(), string.IsNullOrWhiteSpace(ko) ? null : ko.Trim());
}
