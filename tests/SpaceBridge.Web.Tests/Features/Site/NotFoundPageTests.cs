using System.Net;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Site;

public class NotFoundPageTests(SpaceBridgeFactory factory) : IClassFixture<SpaceBridgeFactory>
{
    [Theory]
    [InlineData("/events/999999")]
    [InlineData("/events/999999/agenda")]
    [InlineData("/events/999999/speakers")]
    [InlineData("/events/999999/organizations")]
    [InlineData("/sessions/999999")]
    [InlineData("/events/not-a-number")]
    [InlineData("/no/such/page")]
    public async Task Unknown_addresses_show_a_not_found_page(string url)
    {
        var (status, page) = await factory.CreateClient().GetPageAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("Page not found", page.QuerySelector("main h1")?.TextContent);
        Assert.NotNull(page.QuerySelector("header nav"));
    }

    [Fact]
    public async Task The_not_found_page_speaks_the_readers_language()
    {
        var (status, page) = await factory.CreateClient().GetPageAsync("/sessions/999999?culture=ko");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("페이지를 찾을 수 없습니다", page.QuerySelector("main h1")?.TextContent);
    }
}
