using Microsoft.AspNetCore.Mvc.ModelBinding;
using SpaceBridge.Web.Infrastructure.Api;

namespace SpaceBridge.Web.Features.Programme.Editing;

/// <summary>What the organizer workspace's forms share: field errors from the editors, bilingual pairs, the version.</summary>
public static class WorkspaceForms
{
    /// <summary>
    /// Puts an editor's errors beside the form's fields: "Name" goes to Input.NameEn (the English half of a bilingual
    /// pair) when the form has no Input.Name; errors for fields the form does not have go to the summary.
    /// </summary>
    public static void AddErrors(ModelStateDictionary modelState, IReadOnlyDictionary<string, string[]> errors, object input, IReadOnlyDictionary<string, string>? aliases = null)
    {
        var properties = input.GetType().GetProperties().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (field, messages) in errors)
        {
            var name = aliases?.GetValueOrDefault(field) ?? field.Replace(".", "", StringComparison.Ordinal);
            var key = properties.Contains(name) ? $"Input.{name}"
                : properties.Contains(name + "En") ? $"Input.{name}En"
                : "";
            foreach (var message in messages)
            {
                modelState.AddModelError(key, message);
            }
        }
    }

    public static LocalizedText Text(string? en, string? ko) => new(en, ko);

    /// <summary>
    /// The language of a pair that the form marks "translation missing": one of the forum's languages left empty while
    /// the pair has text. A language the forum does not use is never missing; null when nothing is.
    /// </summary>
    public static string? MissingLanguage(string? en, string? ko, IReadOnlyList<string> forumLanguages)
    {
        bool Has(string? text) => !string.IsNullOrWhiteSpace(text);
        if (!Has(en) && !Has(ko))
        {
            return null;
        }
        return forumLanguages.Contains("en") && !Has(en) ? "en"
            : forumLanguages.Contains("ko") && !Has(ko) ? "ko"
            : null;
    }
}
