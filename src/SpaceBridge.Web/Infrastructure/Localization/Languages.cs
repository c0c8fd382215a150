using Microsoft.AspNetCore.Localization;

namespace SpaceBridge.Web.Infrastructure.Localization;

/// <summary>
/// The languages the site speaks and how a request picks one: <c>?culture=</c>/<c>?ui-culture=</c>, then the culture
/// cookie, then Accept-Language, else English. Registered once as the <see cref="RequestLocalizationOptions"/> that the
/// localization middleware uses and that the public cache reads to key its answers.
/// </summary>
public static class Languages
{
    public static readonly string[] Supported = ["en", "ko"];
    public const string Default = "en";

    public static IServiceCollection AddSpaceBridgeLanguages(this IServiceCollection services) =>
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.SetDefaultCulture(Default).AddSupportedCultures(Supported).AddSupportedUICultures(Supported);
            o.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
}
