using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;

namespace SpaceBridge.Web.Infrastructure.Caching;

/// <summary>
/// The language a request will be answered in, found before the localization middleware runs and as it finds it:
/// the same <see cref="RequestLocalizationOptions"/> (providers in order, supported cultures, default), each provider
/// counting only when it names a supported language or a regional form of one (ko-KR). Part of every cache key.
/// </summary>
public static class RequestLanguage
{
    /// <summary>"culture|ui-culture", e.g. "ko|ko".</summary>
    public static async ValueTask<string> OfAsync(HttpContext context)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<RequestLocalizationOptions>>().Value;
        var cultures = options.SupportedCultures?.Select(c => c.Name).ToArray() ?? [];
        var uiCultures = options.SupportedUICultures?.Select(c => c.Name).ToArray() ?? [];
        var fallback = options.DefaultRequestCulture;
        foreach (var provider in options.RequestCultureProviders)
        {
            var result = await provider.DetermineProviderCultureResult(context);
            if (result is null)
            {
                continue;
            }
            var culture = FirstSupported(result.Cultures, cultures);
            var uiCulture = FirstSupported(result.UICultures, uiCultures);
            if (culture is null && uiCulture is null)
            {
                continue;
            }
            return $"{culture ?? fallback.Culture.Name}|{uiCulture ?? fallback.UICulture.Name}";
        }
        return $"{fallback.Culture.Name}|{fallback.UICulture.Name}";
    }

    private static string? FirstSupported(IList<Microsoft.Extensions.Primitives.StringSegment> names, string[] supported)
    {
        foreach (var name in names)
        {
            if (SupportedOf(name.Value, supported) is { } language)
            {
                return language;
            }
        }
        return null;
    }

    private static string? SupportedOf(string? name, string[] supported)
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
            if (Array.IndexOf(supported, culture.Name) >= 0)
            {
                return culture.Name;
            }
        }
        return null;
    }
}
