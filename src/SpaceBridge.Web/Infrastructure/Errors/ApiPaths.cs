namespace SpaceBridge.Web.Infrastructure.Errors;

public static class ApiPaths
{
    /// <summary>Requests whose errors are always answered with ProblemDetails JSON, whatever the Accept header says.</summary>
    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");
}
