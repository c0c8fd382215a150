using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace SpaceBridge.Web.Infrastructure.Security;

/// <summary>
/// Behind a reverse proxy every request comes from the proxy's address; the proxy names the client in
/// X-Forwarded-For and the scheme in X-Forwarded-Proto. Those headers are believed only from the loopback addresses
/// (a proxy on the same host) and from the addresses in <c>ForwardedHeaders:KnownProxies</c> and networks in
/// <c>ForwardedHeaders:KnownNetworks</c> (CIDR), each a list or one comma-separated value.
/// </summary>
public static class ForwardedHeadersSetup
{
    public static IServiceCollection AddSpaceBridgeForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = Values(configuration, "ForwardedHeaders:KnownProxies")
            .Select(v => IPAddress.TryParse(v, out var address) ? address
                : throw new InvalidOperationException($"ForwardedHeaders:KnownProxies: '{v}' is not an IP address.")).ToList();
        var networks = Values(configuration, "ForwardedHeaders:KnownNetworks")
            .Select(v => System.Net.IPNetwork.TryParse(v, out var network) ? network
                : throw new InvalidOperationException($"ForwardedHeaders:KnownNetworks: '{v}' is not a network such as 10.0.0.0/8.")).ToList();
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            proxies.ForEach(o.KnownProxies.Add);
            networks.ForEach(o.KnownIPNetworks.Add);
        });
        return services;
    }

    /// <summary>Runs first, so that everything after it (rate limits, HTTPS redirects, links) sees the client.</summary>
    public static IApplicationBuilder UseSpaceBridgeForwardedHeaders(this IApplicationBuilder app) => app.UseForwardedHeaders();

    private static IEnumerable<string> Values(IConfiguration configuration, string key)
    {
        // A list (JSON array, Key__0 variables), one comma-separated value, or both; an empty JSON array leaves an
        // empty value beside the items other sources add.
        var section = configuration.GetSection(key);
        var values = section.GetChildren().Select(c => c.Value ?? "").Append(section.Value ?? "");
        return values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
