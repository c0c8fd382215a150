namespace SpaceBridge.Web.Features.Matchmaking.Opportunities;

/// <summary>Splits a search query into lower-cased words; every word must then match somewhere in the opportunity.</summary>
public static class SearchTokens
{
    public const int MaxTokens = 10;

    private static readonly char[] Separators = [' ', '\t', '\r', '\n', ',', '.', ';', ':', '!', '?', '"', '\'', '(', ')', '/'];

    public static IReadOnlyList<string> Of(string? query) =>
        string.IsNullOrWhiteSpace(query)
            ? []
            : query.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(t => t.ToLowerInvariant()).Distinct(StringComparer.Ordinal).Take(MaxTokens).ToList();

    /// <summary>A LIKE pattern "%word%" with the pattern's own wildcards escaped by a backslash.</summary>
    public static string ContainsPattern(string token) =>
        "%" + token.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
}
