using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Programme.Events;

public class EventPageTests(SpaceBridgeFactory factory) : IClassFixture<SpaceBridgeFactory>
{
    [Fact]
    public async Task Event_page_shows_hosts_with_roles_venue_dates_zone_and_topics()
    {
        var id = await factory.EventIdAsync(HtmlPage.Day1);
        var page = await factory.CreateClient().GetOkPageAsync($"/events/{id}");

        Assert.Equal("ROK-US Space Industry Symposium", page.QuerySelector("h1")?.TextContent);
        var facts = page.QuerySelector("dl.facts")!.TextContent;
        Assert.Contains("Wednesday 8 November 2023", facts);
        Assert.Contains("Asia/Seoul (UTC+09:00)", facts);
        Assert.Contains("Mayfield Hotel Seoul", facts);
        var hosts = page.Texts("ul.hosts li").Select(h => string.Join(' ', h.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries))).ToList();
        Assert.Equal(["Ministry of Science and ICT (MSIT) – Host, Republic of Korea", "U.S. Department of Commerce (DOC) – Co-organizer, United States"], hosts);
        Assert.Contains("Supply chain resilience", page.Texts("main a"));
    }

    [Fact]
    public async Task Event_page_links_to_agenda_speakers_organizations_and_the_calendar_file()
    {
        var id = await factory.EventIdAsync(HtmlPage.Day1);
        var page = await factory.CreateClient().GetOkPageAsync($"/events/{id}");

        var hrefs = page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/events/{id}/agenda", hrefs);
        Assert.Contains($"/events/{id}/speakers", hrefs);
        Assert.Contains($"/events/{id}/organizations", hrefs);
        Assert.Contains($"/events/{id}/agenda.ics", hrefs);
    }

    [Fact]
    public async Task An_event_without_a_venue_says_the_source_does_not_give_one()
    {
        var id = await factory.EventIdAsync(HtmlPage.Day2);
        var page = await factory.CreateClient().GetOkPageAsync($"/events/{id}");

        Assert.Contains("Not given in the source", page.QuerySelector("dl.facts")!.TextContent);
    }
}
