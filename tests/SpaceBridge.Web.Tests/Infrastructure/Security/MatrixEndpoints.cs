using Microsoft.AspNetCore.Routing;

namespace SpaceBridge.Web.Tests.Infrastructure.Security;

/// <summary>An endpoint of the matrix: one method on one route pattern.</summary>
public sealed record MatrixEndpoint(string Method, string Pattern, RouteEndpoint Endpoint)
{
    public string Key => $"{Method} {Pattern}";
    public bool IsApi => Pattern.StartsWith("/api/", StringComparison.Ordinal);
}

public static class MatrixEndpoints
{
    /// <summary>
    /// Every routed endpoint except static files (MapStaticAssets endpoints carry no display name; the file fallback is
    /// static files too). Endpoints without method metadata (pages) are tried with GET and POST; health checks with GET.
    /// </summary>
    public static List<MatrixEndpoint> Discover(EndpointDataSource source)
    {
        var result = new List<MatrixEndpoint>();
        foreach (var endpoint in source.Endpoints.OfType<RouteEndpoint>())
        {
            if (string.IsNullOrEmpty(endpoint.DisplayName) || endpoint.DisplayName.StartsWith("Fallback {**path:file}", StringComparison.Ordinal))
            {
                continue;
            }
            var pattern = "/" + (endpoint.RoutePattern.RawText ?? "").Trim('/');
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Where(m => m != "HEAD").ToArray()
                ?? (endpoint.DisplayName == "Health checks" ? ["GET"] : ["GET", "POST"]);
            result.AddRange(methods.Select(m => new MatrixEndpoint(m, pattern, endpoint)));
        }
        return result.DistinctBy(e => e.Key).OrderBy(e => e.Pattern, StringComparer.Ordinal).ThenBy(e => e.Method).ToList();
    }

    /// <summary>Null when the response matches the expected outcome, else a description of what came back.</summary>
    public static string? Judge(HttpResponseMessage response, AccessOutcome expected, bool api)
    {
        var status = (int)response.StatusCode;
        var location = response.Headers.Location is { } l ? (l.IsAbsoluteUri ? l.PathAndQuery : l.OriginalString) : "";
        var described = location.Length > 0 ? $"{status} to {location}" : status.ToString();
        if (status >= 500)
        {
            return $"{described} (server error)";
        }
        var toSignIn = status == 302 && location.StartsWith("/account/sign-in", StringComparison.Ordinal);
        var toDenied = status == 302 && location.StartsWith("/account/access-denied", StringComparison.Ordinal);
        var ok = expected switch
        {
            AccessOutcome.Ok => status is 200 or 204,
            AccessOutcome.Redirect => status is >= 300 and < 400 && !toSignIn && !toDenied,
            AccessOutcome.SignIn => api ? status == 401 : toSignIn,
            // A page-side download may refuse with a plain 403 (shown by the status page) instead of the redirect.
            AccessOutcome.Denied => api ? status == 403 : toDenied || status == 403,
            AccessOutcome.NotFound => status == 404,
            AccessOutcome.Refused => status is 400 or 401 or 403 or 404 or 415,
            AccessOutcome.PreconditionRequired => status == 428,
            _ => false,
        };
        return ok ? null : described;
    }
}
