using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Infrastructure.Security;

/// <summary>
/// Unsafe API requests (POST, PUT, PATCH, DELETE under /api) that carry the sign-in cookie must prove they come
/// from this site's own pages (docs/decisions/007-cross-site-api-writes.md): a browser's <c>Sec-Fetch-Site</c> of
/// same-origin, or an <c>Origin</c> that is this site, or, when a client sends neither, a valid antiforgery token.
/// Anything else is refused with 403 before any endpoint runs. Requests with a bearer token carry no ambient
/// credential and pass; so do requests without the cookie.
/// </summary>
public sealed partial class SameOriginApiWrites(RequestDelegate next, PublicOrigins origins, IAntiforgery antiforgery, ILogger<SameOriginApiWrites> logger)
{
    /// <summary>The cookie that signs a browser in (set in AccountsSetup); its chunks share the prefix.</summary>
    public const string AuthCookie = "SpaceBridge.Auth";

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!ApiPaths.IsApi(request) || !IsUnsafe(request.Method) || HasBearerToken(request) || !request.Cookies.ContainsKey(AuthCookie))
        {
            await next(context);
            return;
        }
        var refusal = await RefusalAsync(context);
        if (refusal is null)
        {
            await next(context);
            return;
        }
        LogRefused(logger, request.Method, request.Path, refusal);
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status403Forbidden,
                Title = "Cross-site request refused",
                Detail = refusal + " Requests signed in with the cookie must come from this site's own pages; API clients use a bearer token (POST /api/v1/auth/token).",
            },
        });
    }

    /// <summary>Why the request is refused, or null when it proved it comes from this site.</summary>
    private async Task<string?> RefusalAsync(HttpContext context)
    {
        var request = context.Request;
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        var origin = request.Headers.Origin.ToString();
        if (site.Length > 0 && site is not ("same-origin" or "none"))
        {
            return $"The browser says the request was made by another site (Sec-Fetch-Site: {site}).";
        }
        if (origin.Length > 0 && !IsThisSite(request, origin))
        {
            return $"The request comes from another origin ({origin}).";
        }
        if (site.Length > 0 || origin.Length > 0)
        {
            return null;
        }
        // Neither header: not a current browser. Only an antiforgery token (header or form field) tells us the
        // caller read one of our pages.
        return await antiforgery.IsRequestValidAsync(context)
            ? null
            : "The request has neither an Origin nor a Sec-Fetch-Site header, nor a valid antiforgery token.";
    }

    private bool IsThisSite(HttpRequest request, string origin) =>
        origins.IsPublic(origin)
        || (Uri.TryCreate(origin, UriKind.Absolute, out var uri) && request.Host.HasValue
            && Uri.TryCreate($"{request.Scheme}://{request.Host.Value}", UriKind.Absolute, out var self)
            && PublicOrigins.OriginOf(uri) == PublicOrigins.OriginOf(self));

    private static bool IsUnsafe(string method) =>
        !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method));

    private static bool HasBearerToken(HttpRequest request) =>
        request.Headers[HeaderNames.Authorization].ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused cross-site {Method} {Path}: {Reason}")]
    private static partial void LogRefused(ILogger logger, string method, string path, string reason);
}
