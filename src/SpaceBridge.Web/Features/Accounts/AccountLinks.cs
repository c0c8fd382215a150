using Microsoft.AspNetCore.Mvc;
using SpaceBridge.Web.Infrastructure.Security;

namespace SpaceBridge.Web.Features.Accounts;

/// <summary>
/// Absolute links for e-mails, on the configured public address (<see cref="PublicOrigins"/>), never on the
/// request's Host header: a forged Host cannot turn a reset e-mail into a link to another site.
/// </summary>
public static class AccountLinks
{
    public static string Absolute(HttpContext http, string relative) =>
        http.RequestServices.GetRequiredService<PublicOrigins>().Link(relative);

    public static string Page(IUrlHelper url, HttpContext http, string page, object values)
    {
        var path = url.Page(page, values) ?? throw new InvalidOperationException($"No route to {page}");
        // The configured base already names the folder the site is served from; the route must not add it twice.
        var pathBase = http.Request.PathBase.Value;
        return Absolute(http, !string.IsNullOrEmpty(pathBase) && path.StartsWith(pathBase + "/", StringComparison.Ordinal) ? path[pathBase.Length..] : path);
    }
}
