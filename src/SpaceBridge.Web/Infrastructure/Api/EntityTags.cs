using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Infrastructure.Api;

/// <summary>
/// ETags of versioned resources (decision 008): the strong tag <c>"N"</c> for version N. GET of a single resource sends
/// it; PUT and DELETE must send <c>If-Match</c> with it (or <c>*</c>): 428 without, 412 when none of its tags is current.
/// Weak tags never match, as RFC 9110 requires strong comparison for If-Match.
/// </summary>
public static class EntityTags
{
    public static string For(int version) => $"\"{version}\"";

    public static void Set(HttpResponse response, int version) => response.Headers.ETag = For(version);

    /// <summary>The versions the request's If-Match allows; throws <see cref="PreconditionRequiredRefusal"/> without one.</summary>
    public static VersionCheck IfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header))
        {
            throw new PreconditionRequiredRefusal();
        }
        var versions = new List<int>();
        foreach (var raw in header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (raw == "*")
            {
                return VersionCheck.Any;
            }
            if (raw.Length > 2 && raw[0] == '"' && raw[^1] == '"'
                && int.TryParse(raw.AsSpan(1, raw.Length - 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version))
            {
                versions.Add(version);
            }
        }
        // Tags we never issued (weak, malformed) match nothing: the write is refused as stale (412).
        return VersionCheck.OneOf(versions);
    }

    /// <summary>Declares the ETag-guarded answers of an unsafe write for OpenAPI.</summary>
    public static TBuilder ProducesPreconditionProblems<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
}
