using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Registrations.Directory;

public class ParticipantsPageTests(SpaceBridgeFactory factory) : IClassFixture<SpaceBridgeFactory>
{
    [Fact]
    public async Task Speakers_are_grouped_by_the_country_of_their_organization()
    {
        var id = await factory.EventIdAsync(HtmlPage.Day1);
        var page = await factory.CreateClient().GetOkPageAsync($"/events/{id}/speakers");

        var groups = page.QuerySelectorAll("section.country")
            .ToDictionary(s => s.QuerySelector("h3")!.FirstChild!.TextContent.Trim(), s => s.QuerySelectorAll(".name").Select(n => n.TextContent).ToList());
        Assert.Equal(["Republic of Korea", "United States"], groups.Keys);
        Assert.Equal(["Jae-hyung Lee", "Lee Jong-ho", "Ryan Sun Hak Cho"], groups["Republic of Korea"]);
        Assert.Equal(["Chirag Parikh", "Kelvin Coleman", "Michael C. Morgan", "Richard DalBello", "Travis Langster"], groups["United States"]);
    }

    [Fact]
    public async Task Organizations_are_grouped_by_country_with_hosts_first()
    {
        var id = await factory.EventIdAsync(HtmlPage.Day1);
        var page = await factory.CreateClient().GetOkPageAsync($"/events/{id}/organizations");

        var us = page.QuerySelectorAll("section.country").Single(s => s.QuerySelector("h3")!.TextContent.StartsWith("United States"));
        var names = us.QuerySelectorAll(".name").Select(n => n.TextContent).ToList();
        Assert.Equal("U.S. Department of Commerce", names[0]);
        Assert.Contains("Federal Aviation Administration", names);
        Assert.Contains("Co-organizer", us.QuerySelector("li")!.TextContent);
    }

    [Fact]
    public async Task The_second_day_lists_its_keynote_speaker()
    {
        var id = await factory.EventIdAsync(HtmlPage.Day2);
        var page = await factory.CreateClient().GetOkPageAsync($"/events/{id}/speakers?culture=ko");

        Assert.Equal("국가별 연사", page.QuerySelector("main h2")?.TextContent);
        Assert.Contains("Anthony P. D'Costa", page.Texts(".name"));
        Assert.Contains("미국", page.QuerySelector("section.country h3")!.TextContent);
    }
}
