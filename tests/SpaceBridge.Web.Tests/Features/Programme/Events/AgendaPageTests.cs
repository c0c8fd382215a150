using System.Net;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Programme.Events;

public class AgendaPageTests(SpaceBridgeFactory factory) : IClassFixture<SpaceBridgeFactory>
{
    private async Task<string> AgendaUrlAsync(string query = "") =>
        $"/events/{await factory.EventIdAsync(HtmlPage.Day1)}/agenda{query}";

    [Fact]
    public async Task The_8_November_agenda_shows_the_whole_programme()
    {
        var page = await factory.CreateClient().GetOkPageAsync(await AgendaUrlAsync());

        var titles = page.Texts(".session h3");
        string[] expected =
        [
            "Opening remarks", "Korea's space policy", "U.S. commercial space policy",
            "Panel 1: B2B space partnerships", "Panel 2: Government support for industrial partnerships",
            "Panel 3: Supply chain resilience", "Panel 4: Commercial space exploration",
            "Exhibition", "Press conference", "Welcome dinner",
        ];
        Assert.All(expected, title => Assert.Contains(title, titles));
        var kinds = page.Texts(".session .badge");
        Assert.Equal(4, kinds.Count(k => k == "Panel discussion"));
        Assert.Equal(2, kinds.Count(k => k == "Policy presentation"));
    }

    [Fact]
    public async Task Times_are_shown_in_Seoul_time_and_the_zone_is_named()
    {
        var page = await factory.CreateClient().GetOkPageAsync(await AgendaUrlAsync());

        var opening = page.QuerySelectorAll(".session").Single(s => s.QuerySelector("h3")!.TextContent.Trim() == "Opening remarks");
        Assert.Equal("09:30–10:00", opening.QuerySelector(".session-time")!.TextContent.Trim());
        Assert.Equal("2023-11-08T09:30:00+09:00", opening.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Contains("Asia/Seoul (UTC+09:00)", page.QuerySelector(".zone-note")!.TextContent);
    }

    [Fact]
    public async Task Filtering_by_topic_narrows_the_list_to_that_topic()
    {
        var client = factory.CreateClient();
        var all = await client.GetOkPageAsync(await AgendaUrlAsync());
        var filtered = await client.GetOkPageAsync(await AgendaUrlAsync("?day=2023-11-08&topic=space-policy"));

        var titles = filtered.Texts(".session h3");
        Assert.Equal(["Korea's space policy", "U.S. commercial space policy", "National Space Council meets National Space Committee"], titles);
        Assert.True(all.QuerySelectorAll(".session").Length > titles.Count);
        Assert.Equal("space-policy", filtered.QuerySelector("#filter-topic option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Filters_by_kind_and_room_combine()
    {
        var page = await factory.CreateClient().GetOkPageAsync(await AgendaUrlAsync("?kind=Panel"));
        Assert.Equal(4, page.QuerySelectorAll(".session").Length);

        var roomId = page.QuerySelectorAll("#filter-room option").Single(o => o.TextContent == "Banquet hall").GetAttribute("value");
        var dinner = await factory.CreateClient().GetOkPageAsync(await AgendaUrlAsync($"?room={roomId}&kind=NetworkingDinner"));
        Assert.Equal(["Welcome dinner"], dinner.Texts(".session h3"));
    }

    [Theory]
    [InlineData("?day=2031-01-01")]
    [InlineData("?day=yesterday&topic=no-such-topic")]
    [InlineData("?kind=Banquet&room=abc")]
    [InlineData("?room=99999&kind=42")]
    public async Task Unknown_filter_values_are_ignored_and_said_so(string query)
    {
        var (status, page) = await factory.CreateClient().GetPageAsync(await AgendaUrlAsync(query));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotNull(page.QuerySelector(".notice"));
        Assert.Equal(11, page.QuerySelectorAll(".session").Length);
    }

    [Fact]
    public async Task The_filter_form_works_without_script()
    {
        var page = await factory.CreateClient().GetOkPageAsync(await AgendaUrlAsync());

        var form = page.QuerySelector("form.filters")!;
        Assert.Equal("get", form.GetAttribute("method"));
        foreach (var select in form.QuerySelectorAll("select"))
        {
            Assert.NotNull(form.QuerySelector($"label[for='{select.Id}']"));
        }
        Assert.Equal("Apply filters", form.QuerySelector("button[type=submit]")?.TextContent.Trim());
    }
}
