using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Accounts;

public sealed class SharedKeysTests(SpaceBridgeFactory factory) : IClassFixture<SpaceBridgeFactory>
{
    [Fact]
    public async Task A_cookie_issued_by_one_node_is_accepted_by_another_node_on_the_same_database()
    {
        var user = await factory.CreateUserAsync();
        var cookies = await CookieHeaderAsync(user);

        // A second host: its own services and key ring cache, the same database (and so the same keys).
        await using var secondNode = factory.WithWebHostBuilder(_ => { });
        var second = secondNode.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        second.DefaultRequestHeaders.Add("Cookie", cookies);

        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/account")).StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.DataProtectionKeys.AnyAsync()));
    }

    /// <summary>Signs in without a cookie container and returns the Cookie header a browser would send next.</summary>
    private async Task<string> CookieHeaderAsync(TestUser user)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var page = await client.GetAsync("/account/sign-in");
        var antiforgeryCookie = string.Join("; ", page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync());
        var token = document.QuerySelector("main form input[name='__RequestVerificationToken']")?.GetAttribute("value") ?? "";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/sign-in")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = user.Email,
                ["Input.Password"] = user.Password,
                ["__RequestVerificationToken"] = token,
            }),
        };
        request.Headers.Add("Cookie", antiforgeryCookie);
        var signIn = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return string.Join("; ", signIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Where(c => c.StartsWith("SpaceBridge.Auth=", StringComparison.Ordinal)));
    }
}
