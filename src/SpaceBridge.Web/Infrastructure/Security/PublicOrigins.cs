using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace SpaceBridge.Web.Infrastructure.Security;

/// <summary>
/// The site's public addresses, from configuration only: <c>PublicBaseUrl</c> (the address links are built on,
/// e.g. https://forum.example.org) and <c>PublicOrigins</c> (further origins the site answers on, e.g. a second
/// domain). Links in e-mails and calendar feeds are built here and never from the request's Host header, so a
/// forged Host cannot turn them into links to another site. Without configuration (Development, tests) the base
/// is the first address the server listens on, or http://localhost.
/// </summary>
public sealed class PublicOrigins
{
    private readonly Lazy<Uri> _base;
    private readonly HashSet<string> _origins;

    public PublicOrigins(IConfiguration configuration, IServiceProvider services)
    {
        var settings = PublicOriginSettings.Read(configuration);
        _origins = new HashSet<string>(settings.Origins.Select(OriginOf), StringComparer.OrdinalIgnoreCase);
        var configured = settings.BaseUrl ?? settings.Origins.FirstOrDefault();
        _base = new Lazy<Uri>(() => configured ?? ListeningAddress(services));
    }

    /// <summary>The base every absolute link starts with, ending in a slash (it may carry a path, e.g. /forum/).</summary>
    public Uri BaseUri => _base.Value;

    /// <summary>An absolute link to a path of this site such as <c>/account/reset-password?code=...</c>.</summary>
    public string Link(string relative) => new Uri(BaseUri, relative.TrimStart('/')).AbsoluteUri;

    /// <summary>Whether <paramref name="origin"/> (scheme://host[:port], as in an Origin header) is one of the configured public origins.</summary>
    public bool IsPublic(string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri) && (_origins.Contains(OriginOf(uri)) || OriginOf(uri) == OriginOf(BaseUri));

    /// <summary>scheme://host:port in lower case, the form origins are compared in.</summary>
    public static string OriginOf(Uri uri) => $"{uri.Scheme}://{uri.Host}:{uri.Port}".ToLowerInvariant();

    private static Uri ListeningAddress(IServiceProvider services)
    {
        var addresses = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses;
        foreach (var address in addresses ?? [])
        {
            // Kestrel reports wildcard bindings (http://[::]:5080, http://+:80) as they were given; links need a name.
            var text = address.Replace("://+", "://localhost").Replace("://*", "://localhost")
                .Replace("://[::]", "://localhost").Replace("://0.0.0.0", "://localhost");
            if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            {
                return new Uri(uri.GetLeftPart(UriPartial.Authority) + "/");
            }
        }
        return new Uri("http://localhost/");
    }
}
