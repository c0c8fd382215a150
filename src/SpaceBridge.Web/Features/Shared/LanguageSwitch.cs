using Microsoft.AspNetCore.WebUtilities;

namespace SpaceBridge.Web.Features.Shared;

/// <summary>The links of the language switch: each goes through /language with the page to come back to.</summary>
public static class LanguageSwitch
{
    public static readonly IReadOnlyList<(string Code, string Label)> Languages = [("en", "English"), ("ko", "한국어")];

    public static bool IsSupported(string? culture) => Languages.Any(l => l.Code == culture);

    /// <summary>
    /// The current path and query without culture parameters: a ?culture= left in the address would
    /// override the cookie the switch has just set.
    /// </summary>
    public static string ReturnUrl(HttpRequest request)
    {
        var query = QueryHelpers.ParseQuery(request.QueryString.Value)
            .Where(p => p.Key is not ("culture" or "ui-culture"))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)));
        var path = request.PathBase.Add(request.Path).Value;
        return QueryHelpers.AddQueryString(string.IsNullOrEmpty(path) ? "/" : path, query);
    }

    public static string Href(string culture, string returnUrl) =>
        QueryHelpers.AddQueryString("/language", new Dictionary<string, string?> { ["culture"] = culture, ["returnUrl"] = returnUrl });
}
