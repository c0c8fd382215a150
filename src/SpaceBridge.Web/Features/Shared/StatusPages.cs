namespace SpaceBridge.Web.Features.Shared;

public static class StatusPages
{
    /// <summary>
    /// Error statuses of the public pages (unknown address, unknown id) show a readable page in the
    /// reader's language. The API, iCal feeds and health checks keep their own ProblemDetails answers.
    /// </summary>
    public static IApplicationBuilder UsePublicStatusPages(this IApplicationBuilder app) =>
        app.UseWhen(IsPublicPageRequest, branch => branch.UseStatusCodePagesWithReExecute("/status/{0}"));

    private static bool IsPublicPageRequest(HttpContext context)
    {
        var path = context.Request.Path;
        return !path.StartsWithSegments("/api")
            && !path.StartsWithSegments("/openapi")
            && !path.StartsWithSegments("/health")
            && !(path.Value ?? "").EndsWith(".ics", StringComparison.OrdinalIgnoreCase);
    }
}
