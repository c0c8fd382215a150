using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Site;

public class HomePageTests(SpaceBridgeFactory factory) : IClassFixture<SpaceBridgeFactory>
{
    [Fact]
    public async Task Home_lists_the_forum_and_both_symposia_with_dates_and_venue()
    {
        var page = await factory.CreateClient().GetOkPageAsync("/");

        Assert.Contains("Korea Space Forum 2023", page.Texts("h2"));
        var cards = page.QuerySelectorAll(".card").Select(c => c.TextContent).ToList();
        Assert.Equal(2, cards.Count);
        Assert.Contains("ROK-US Space Industry Symposium", cards[0]);
        Assert.Contains("Wednesday 8 November 2023", cards[0]);
        Assert.Contains("Mayfield Hotel Seoul", cards[0]);
        Assert.Contains("Korea-Emerging Space Countries Symposium", cards[1]);
        Assert.Contains("Thursday 9 November 2023", cards[1]);
    }

    [Fact]
    public async Task Every_page_has_landmarks_a_skip_link_and_the_source_credit()
    {
        var page = await factory.CreateClient().GetOkPageAsync("/");

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("#main", page.QuerySelector("a.skip-link")?.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("header nav"));
        Assert.NotNull(page.QuerySelector("main#main"));
        var footer = page.QuerySelector("footer")?.TextContent ?? "";
        Assert.Contains("Korea Open Government License (KOGL) Type 1", footer);
        Assert.NotNull(page.QuerySelector("footer a[href='/about']"));
    }
}
