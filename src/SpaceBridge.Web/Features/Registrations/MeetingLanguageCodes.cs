using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace SpaceBridge.Web.Features.Registrations;

/// <summary>
/// The languages a participant can hold a meeting in, as offered on the registration form and accepted by the API and the
/// interpreter pools: lower-case ISO 639-1 codes, the event's two languages first. Stored as one comma-separated column.
/// </summary>
public static class MeetingLanguageCodes
{
    public static readonly IReadOnlyList<string> All = ["ko", "en", "ja", "zh", "es", "fr", "de"];

    /// <summary>A known code's place in <see cref="All"/> (the order pools store their pairs in), -1 for another.</summary>
    public static int Rank(string code)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i] == code) return i;
        }
        return -1;
    }

    public static bool IsKnown(string? code) => code is not null && All.Contains(code.Trim().ToLowerInvariant());

    /// <summary>Known codes, trimmed and lower-cased, each once, in the order given (the preferred one first).</summary>
    public static List<string> Normalize(IEnumerable<string>? codes) =>
        codes is null ? [] : [.. codes.Where(IsKnown).Select(c => c.Trim().ToLowerInvariant()).Distinct()];

    /// <summary>The localizer key of a language's name.</summary>
    public static string NameKey(string code) => $"Interpreters.Language.{code}";

    public static readonly ValueConverter<List<string>, string> Converter = new(
        v => string.Join(',', v),
        s => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList());

    public static readonly ValueComparer<List<string>> Comparer = new(
        (a, b) => (a == null && b == null) || (a != null && b != null && a.SequenceEqual(b)),
        v => v.Aggregate(0, (h, s) => HashCode.Combine(h, s.GetHashCode(StringComparison.Ordinal))),
        v => v.ToList());
}
