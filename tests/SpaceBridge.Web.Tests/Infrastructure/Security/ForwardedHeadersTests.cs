using System.Net;
using Microsoft.AspNetCore.Hosting;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Infrastructure.Security;

/// <summary>
/// Behind a reverse proxy on the same host (a loopback connection) the client is the address the proxy forwards in
/// X-Forwarded-For, so two clients of one proxy have limits of their own.
/// </summary>
public sealed class ForwardedHeadersTests(ForwardedHeadersTests.ProxiedApp app) : IClassFixture<ForwardedHeadersTests.ProxiedApp>
{
    public sealed class ProxiedApp : KestrelSpaceBridgeFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("RateLimits:SignIn:PermitLimit", "2");
            // Windows start at multiples of their length: a long one keeps the attempts of a test in one window.
            builder.UseSetting("RateLimits:SignIn:WindowSeconds", "86400");
        }
    }

    private HttpClient ClientBehindProxy(string forwardedFor)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };
        client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        return client;
    }

    private static readonly Dictionary<string, string> WrongPassword = new()
    {
        ["Input.Email"] = "someone@example.org",
        ["Input.Password"] = "Wrong-password-1!",
    };

    [Fact]
    public async Task Two_clients_behind_one_proxy_on_the_same_host_each_have_their_own_sign_in_limit()
    {
        using var first = ClientBehindProxy("203.0.113.10");
        using var second = ClientBehindProxy("203.0.113.20");

        Assert.Equal(HttpStatusCode.OK, (await first.SubmitFormAsync("/account/sign-in", WrongPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await first.SubmitFormAsync("/account/sign-in", WrongPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await first.SubmitFormAsync("/account/sign-in", WrongPassword)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await second.SubmitFormAsync("/account/sign-in", WrongPassword)).StatusCode);
    }
}
