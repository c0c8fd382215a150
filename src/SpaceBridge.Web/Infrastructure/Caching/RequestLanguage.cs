using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace SpaceBridge.Web.Infrastructure.Caching;

/// <summary>
/// The language a request will be answered in, found before the localization middleware runs and as it finds it:
/// <c>?culture=</c>/<c>?ui-culture=</c>, then the culture cookie, then Accept-Language, each only when it names a
/// supported language (or a regional form of one, ko-KR), else English. Part of every cache key.
/// </summary>
public static class RequestLanguage
{
    public static readonly string[] Supported = ["en", "ko"];
    public const string Default = "en";

    private static readonly IRequestCultureProvider[] Providers =
    [
        new QueryStringRequestCultureProvider(),
        new CookieRequestCultureProvider(),
        new AcceptLanguageHeaderRequestCultureProvider(),
    ];

    /// <summary>"culture|ui-culture", e.g. "ko|ko".</summary>
    public static async ValueTask<string> OfAsync(HttpContext context)
    {
        foreach (var provider in Providers)
        {
            var result = await provider.DetermineProviderCultureResult(context);
            if (result is null)
            {
                continue;
            }
            var culture = FirstSupported(result.Cultures);
            var uiCulture = FirstSupported(result.UICultures);
            if (culture is null && uiCulture is null)
            {
                continue;
            }
            return $"{culture ?? Default}|{uiCulture ?? Default}";
        }
        return $"{Default}|{Default}";
    }

    private static string? FirstSupported(IList<Microsoft.Extensions.Primitives.StringSegment> names)
    {
        foreach (var name in names)
        {
            if (SupportedOf(name.Value) is { } language)
            {
                return language;
            }
        }
        return null;
    }

    private static string? SupportedOf(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }
        CultureInfo culture;
        try
        {
            culture = CultureInfo.GetCultureInfo(name);
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
        for (; culture != CultureInfo.InvariantCulture; culture = culture.Parent)
        {
            if (Array.IndexOf(Supported, culture.Name) >= 0)
            {
                return culture.Name;
            }
        }
        return null;
    }
}
