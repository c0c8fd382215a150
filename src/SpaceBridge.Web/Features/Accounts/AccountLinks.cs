using Microsoft.AspNetCore.Mvc;

namespace SpaceBridge.Web.Features.Accounts;

/// <summary>
/// Absolute links for e-mails. With <c>PublicBaseUrl</c> set (production) links never depend on the
/// request's Host header, so a forged Host cannot turn a reset e-mail into a link to another site.
/// </summary>
public static class AccountLinks
{
    public static string Absolute(HttpContext http, string relative)
    {
        var configured = http.RequestServices.GetRequiredService<IConfiguration>()["PublicBaseUrl"];
        var origin = string.IsNullOrWhiteSpace(configured)
            ? $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}"
            : configured.TrimEnd('/');
        return origin + relative;
    }

    public static string Page(IUrlHelper url, HttpContext http, string page, object values) =>
        Absolute(http, url.Page(page, values) ?? throw new InvalidOperationException($"No route to {page}"));
}
