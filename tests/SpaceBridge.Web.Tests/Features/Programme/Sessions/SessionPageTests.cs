using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Programme.Sessions;

public class SessionPageTests(SpaceBridgeFactory factory) : IClassFixture<SpaceBridgeFactory>
{
    private Task<int> SessionIdAsync(string titleEn) =>
        factory.WithDbAsync(db => db.Sessions.Where(s => s.Title.En == titleEn).Select(s => s.Id).SingleAsync());

    [Fact]
    public async Task Session_page_shows_its_people_with_their_roles()
    {
        var id = await SessionIdAsync("Opening remarks");
        var page = await factory.CreateClient().GetOkPageAsync($"/sessions/{id}");

        Assert.Equal("Opening remarks", page.QuerySelector("h1")?.TextContent);
        var names = page.Texts(".people .name");
        Assert.Equal(["Lee Jong-ho", "Chirag Parikh", "Michael C. Morgan"], names);
        Assert.All(page.Texts(".people li"), li => Assert.Contains("Speaker", li));
        Assert.Contains("Minister of Science and ICT", page.QuerySelector(".people")!.TextContent);
    }

    [Fact]
    public async Task Session_page_names_the_time_zone_and_offers_the_calendar_file()
    {
        var id = await SessionIdAsync("Korea's space policy");
        var page = await factory.CreateClient().GetOkPageAsync($"/sessions/{id}");

        var facts = page.QuerySelector("dl.facts")!.TextContent;
        Assert.Contains("Wednesday 8 November 2023", facts);
        Assert.Contains("10:00", facts);
        Assert.Contains("10:40", facts);
        Assert.Contains("Asia/Seoul (UTC+09:00)", facts);
        Assert.Contains("Policy presentation", facts);
        Assert.Contains("Main hall", facts);
        var calendar = page.QuerySelectorAll("a").Single(a => a.TextContent == "Add to calendar");
        Assert.Equal($"/sessions/{id}.ics", calendar.GetAttribute("href"));
    }

    [Fact]
    public async Task In_Korean_a_person_with_a_Hangul_name_is_shown_by_it()
    {
        var id = await SessionIdAsync("Opening remarks");
        var page = await factory.CreateClient().GetOkPageAsync($"/sessions/{id}?culture=ko");

        Assert.Equal("개회사", page.QuerySelector("h1")?.TextContent);
        Assert.Equal(["이종호", "Chirag Parikh", "Michael C. Morgan"], page.Texts(".people .name"));
        Assert.Contains("캘린더에 추가", page.Texts("main a"));
    }
}
