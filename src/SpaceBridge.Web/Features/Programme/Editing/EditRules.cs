using System.Text.RegularExpressions;
using SpaceBridge.Web.Infrastructure.Api;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.Programme.Editing;

/// <summary>
/// Checks shared by the organizer workspace's editors. Each adds its message under the field's name (as the input
/// model spells it), so the API answers one 400 with every field error and a page shows them beside the inputs.
/// </summary>
public sealed partial class EditRules
{
    public const int NameMax = 300;
    public const int TextMax = 4000;

    public Dictionary<string, string[]> Errors { get; } = new(StringComparer.Ordinal);

    public void Add(string field, string message) =>
        Errors[field] = Errors.TryGetValue(field, out var existing) ? [.. existing, message] : [message];

    public void ThrowIfAny()
    {
        if (Errors.Count > 0)
        {
            throw new Infrastructure.Errors.DomainValidationException(Errors);
        }
    }

    /// <summary>Both languages trimmed (blank is missing); required means at least one of them.</summary>
    public BilingualText Bilingual(LocalizedText? text, string field, int max, bool required)
    {
        var en = Clean(text?.En);
        var ko = Clean(text?.Ko);
        if (required && en is null && ko is null)
        {
            Add(field, "Give it in English or Korean (or both).");
        }
        if (en?.Length > max || ko?.Length > max)
        {
            Add(field, $"At most {max} characters in each language.");
        }
        return new BilingualText(en, ko);
    }

    public string? Text(string? text, string field, int max, bool required)
    {
        var value = Clean(text);
        if (required && value is null)
        {
            Add(field, "Required.");
        }
        else if (value?.Length > max)
        {
            Add(field, $"At most {max} characters.");
        }
        return value;
    }

    public string Slug(string? slug, string field)
    {
        var value = Clean(slug) ?? "";
        if (value.Length is 0 or > 100 || !SlugPattern().IsMatch(value))
        {
            Add(field, "Lower-case letters, digits and single hyphens, at most 100 characters (e.g. space-forum-2026).");
        }
        return value;
    }

    public string TimeZone(string? zone, string field)
    {
        var value = Clean(zone) ?? "";
        if (value.Length is 0 or > 64 || !TimeZoneInfo.TryFindSystemTimeZoneById(value, out var found) || !found.HasIanaId)
        {
            Add(field, "An IANA time zone such as Asia/Seoul or America/New_York.");
        }
        return value;
    }

    public string? Website(string? url, string field)
    {
        var value = Clean(url);
        if (value is not null && (value.Length > 300 || !Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            Add(field, "An http or https address, at most 300 characters.");
        }
        return value;
    }

    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.None, matchTimeoutMilliseconds: 100)]
    private static partial Regex SlugPattern();
}
