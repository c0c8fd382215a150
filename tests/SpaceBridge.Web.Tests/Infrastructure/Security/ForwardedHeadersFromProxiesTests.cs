using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Infrastructure.Security;

/// <summary>
/// X-Forwarded-For names the client only when the connection comes from a proxy in
/// <c>ForwardedHeaders:KnownProxies</c> or <c>ForwardedHeaders:KnownNetworks</c>; from any other peer the header is
/// ignored, so a client cannot pick its own address (and with it a fresh rate limit). The rate-limit window rows show
/// which address a sign-in attempt was counted against.
/// </summary>
public sealed class ForwardedHeadersFromProxiesTests(ForwardedHeadersFromProxiesTests.AppBehindRemoteProxies app)
    : IClassFixture<ForwardedHeadersFromProxiesTests.AppBehindRemoteProxies>
{
    /// <summary>A test-only header standing in for the TCP peer's address, which the in-memory test server lacks.</summary>
    private const string PeerHeader = "X-Test-Peer-Address";

    public sealed class AppBehindRemoteProxies : SpaceBridgeFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ForwardedHeaders:KnownProxies", "10.0.0.5");
            builder.UseSetting("ForwardedHeaders:KnownNetworks:0", "192.0.2.0/24");
            builder.ConfigureServices(s => s.AddSingleton<IStartupFilter, PeerAddressFromHeader>());
        }
    }

    /// <summary>Runs before the app's pipeline (and so before its forwarded-headers middleware), as the connection would.</summary>
    private sealed class PeerAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext http, RequestDelegate nextStep) =>
            {
                if (http.Request.Headers[PeerHeader] is [{ } peer])
                {
                    http.Connection.RemoteIpAddress = IPAddress.Parse(peer);
                }
                return nextStep(http);
            });
            next(app);
        };
    }

    private static readonly Dictionary<string, string> WrongPassword = new()
    {
        ["Input.Email"] = "someone@example.org",
        ["Input.Password"] = "Wrong-password-1!",
    };

    private async Task<List<string>> SignInCountedAgainstAsync(string peer, string forwardedFor)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(PeerHeader, peer);
        client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        Assert.Equal(HttpStatusCode.OK, (await client.SubmitFormAsync("/account/sign-in", WrongPassword)).StatusCode);
        return await app.WithDbAsync(db => db.RateLimitWindows.Select(w => w.Key).Where(k => k.StartsWith("sign-in|")).ToListAsync());
    }

    [Fact]
    public async Task A_forwarded_client_address_is_believed_from_a_configured_proxy()
    {
        var keys = await SignInCountedAgainstAsync(peer: "10.0.0.5", forwardedFor: "198.51.100.11");

        Assert.Contains("sign-in|198.51.100.11", keys);
        Assert.DoesNotContain("sign-in|10.0.0.5", keys);
    }

    [Fact]
    public async Task A_forwarded_client_address_is_believed_from_a_proxy_in_a_configured_network()
    {
        var keys = await SignInCountedAgainstAsync(peer: "192.0.2.77", forwardedFor: "198.51.100.22");

        Assert.Contains("sign-in|198.51.100.22", keys);
        Assert.DoesNotContain("sign-in|192.0.2.77", keys);
    }

    [Fact]
    public async Task A_forwarded_client_address_from_an_unknown_peer_is_ignored_and_the_peer_is_counted()
    {
        var keys = await SignInCountedAgainstAsync(peer: "10.0.0.9", forwardedFor: "198.51.100.33");

        Assert.Contains("sign-in|10.0.0.9", keys);
        Assert.DoesNotContain("sign-in|198.51.100.33", keys);
    }
}
