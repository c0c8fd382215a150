using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Site;

public class LanguageSwitchTests(SpaceBridgeFactory factory) : IClassFixture<SpaceBridgeFactory>
{
    private HttpClient NonRedirectingClient() =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task Switching_language_sets_the_culture_cookie_and_returns_to_the_page()
    {
        var response = await NonRedirectingClient().GetAsync("/language?culture=ko&returnUrl=%2Fabout%3Fx%3D1");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/about?x=1", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith(".AspNetCore.Culture=c%3Dko%7Cuic%3Dko", cookie);
    }

    [Theory]
    [InlineData("https://example.org/")]
    [InlineData("//example.org/")]
    [InlineData("/\\example.org")]
    [InlineData("")]
    public async Task The_language_switch_refuses_to_leave_the_site(string returnUrl)
    {
        var response = await NonRedirectingClient().GetAsync($"/language?culture=ko&returnUrl={Uri.EscapeDataString(returnUrl)}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task After_switching_to_Korean_the_next_pages_are_Korean()
    {
        var client = factory.CreateClient();
        var home = await client.GetOkPageAsync("/language?culture=ko&returnUrl=%2F");

        Assert.Equal("ko", home.DocumentElement.GetAttribute("lang"));
        Assert.Equal(["홈", "사이트 소개"], home.Texts("nav.site-nav a"));
        var english = home.QuerySelector("nav.language-switch a[lang=en]")!;
        Assert.Contains("returnUrl=%2F", english.GetAttribute("href"));
    }

    [Fact]
    public async Task Language_links_drop_the_culture_parameter_so_the_switch_wins()
    {
        var page = await factory.CreateClient().GetOkPageAsync("/about?culture=ko&x=1");

        var english = page.QuerySelector("nav.language-switch a[lang=en]")!.GetAttribute("href");
        Assert.Equal("/language?culture=en&returnUrl=%2Fabout%3Fx%3D1", english);
    }
}
