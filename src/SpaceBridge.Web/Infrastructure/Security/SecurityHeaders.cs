using Microsoft.Net.Http.Headers;
using SpaceBridge.Web.Infrastructure.Api;

namespace SpaceBridge.Web.Infrastructure.Security;

/// <summary>
/// Security headers on every response (pages, API, files, error pages), set when the response starts so even
/// answers written by the exception handler or the status pages carry them. Pages load scripts and styles only
/// from this site: no inline script, no inline style. The one exception is the API reference page
/// (<see cref="ApiDocs.ReferencePath"/>), whose bundled viewer starts with an inline module script and sets
/// styles from script.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    public const string ApiReferencePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + "connect-src 'self'; worker-src 'self' blob:; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    public const string ReferrerPolicy = "same-origin";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(static state =>
        {
            var http = (HttpContext)state;
            var headers = http.Response.Headers;
            headers[HeaderNames.ContentSecurityPolicy] = http.Request.Path.StartsWithSegments(ApiDocs.ReferencePath) ? ApiReferencePolicy : ContentSecurityPolicy;
            headers[HeaderNames.XContentTypeOptions] = "nosniff";
            headers[HeaderNames.XFrameOptions] = "DENY";
            headers["Referrer-Policy"] = ReferrerPolicy;
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(self), microphone=(), geolocation=(), payment=()";
            return Task.CompletedTask;
        }, context);
        return next(context);
    });
}
