namespace SpaceBridge.Web.Infrastructure.Security;

/// <summary>
/// <c>PublicBaseUrl</c> and <c>PublicOrigins</c> as configured, checked once at start-up. <c>PublicOrigins</c> is a
/// list (<c>PublicOrigins:0</c>, <c>PublicOrigins:1</c>, ... or one value separated by commas, semicolons or spaces).
/// </summary>
public sealed record PublicOriginSettings(Uri? BaseUrl, IReadOnlyList<Uri> Origins, IReadOnlyList<string> Errors)
{
    public static PublicOriginSettings Read(IConfiguration configuration)
    {
        var errors = new List<string>();
        Uri? baseUrl = null;
        if (configuration["PublicBaseUrl"] is { Length: > 0 } text && !string.IsNullOrWhiteSpace(text))
        {
            baseUrl = Parse("PublicBaseUrl", text.Trim(), allowPath: true, errors);
        }
        var section = configuration.GetSection("PublicOrigins");
        var values = section.GetChildren().Select(c => c.Value).Append(section.Value)
            .SelectMany(v => (v ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var origins = values.Select(v => Parse("PublicOrigins", v, allowPath: false, errors)).OfType<Uri>().ToList();
        return new PublicOriginSettings(baseUrl, origins, errors);
    }

    public bool IsConfigured => BaseUrl is not null || Origins.Count > 0;

    /// <summary>
    /// Why the app must not start, in one line, or null. Malformed values stop it everywhere; Production also needs
    /// a public origin and an <c>AllowedHosts</c> list other than <c>*</c>, so no request's Host header is trusted.
    /// </summary>
    public static string? StartupError(IConfiguration configuration, IHostEnvironment environment)
    {
        var settings = Read(configuration);
        if (settings.Errors.Count > 0)
        {
            return string.Join(" ", settings.Errors);
        }
        if (!environment.IsProduction())
        {
            return null;
        }
        if (!settings.IsConfigured)
        {
            return "Refusing to start: set PublicBaseUrl (or PublicOrigins) to the site's public address, e.g. PublicBaseUrl=https://forum.example.org; links in e-mails and calendar feeds are built from it.";
        }
        var allowedHosts = configuration["AllowedHosts"]?.Trim();
        if (string.IsNullOrEmpty(allowedHosts) || allowedHosts.Split(';').Any(h => h.Trim() == "*"))
        {
            return "Refusing to start: set AllowedHosts to the site's host names (e.g. AllowedHosts=forum.example.org), not '*', so requests for other hosts are refused.";
        }
        return null;
    }

    private static Uri? Parse(string key, string value, bool allowPath, List<string> errors)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Query.Length > 0 || uri.Fragment.Length > 0
            || (!allowPath && uri.AbsolutePath != "/"))
        {
            errors.Add($"{key} must be an absolute http(s) address{(allowPath ? "" : " without a path")} such as https://forum.example.org; got '{value}'.");
            return null;
        }
        // A base with a path (https://example.org/forum) is a folder: links go under it, not beside it.
        return uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
    }
}
