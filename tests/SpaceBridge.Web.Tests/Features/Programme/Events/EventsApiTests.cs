using System.Net;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Programme.Events;

public class EventsApiTests(SpaceBridgeFactory factory) : IClassFixture<SpaceBridgeFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Listing_events_returns_both_symposia_in_date_order()
    {
        var page = await _client.GetJsonAsync("/api/v1/events");

        var names = page.GetProperty("items").EnumerateArray()
            .Select(e => e.GetProperty("name").GetProperty("en").GetString()).ToList();
        Assert.Equal(["ROK-US Space Industry Symposium", "Korea-Emerging Space Countries Symposium"], names);
        Assert.Equal(2, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(1, page.GetProperty("page").GetInt32());
        Assert.Equal(20, page.GetProperty("pageSize").GetInt32());
    }

    [Fact]
    public async Task An_event_carries_bilingual_names_its_zone_hosts_venue_and_topics()
    {
        var id = await _client.EventIdOnAsync("2023-11-08");

        var ev = await _client.GetJsonAsync($"/api/v1/events/{id}");

        Assert.Equal("한미 우주산업 심포지엄", ev.GetProperty("name").GetProperty("ko").GetString());
        Assert.Equal("Asia/Seoul", ev.GetProperty("timeZone").GetString());
        Assert.Equal("Mayfield Hotel Seoul", ev.GetProperty("venue").GetProperty("name").GetProperty("en").GetString());
        Assert.Contains(ev.GetProperty("hosts").EnumerateArray(), h => h.GetProperty("acronym").GetString() == "MSIT" && h.GetProperty("role").GetString() == "Host");
        Assert.Equal(5, ev.GetProperty("topics").GetArrayLength());
    }

    [Fact]
    public async Task A_forum_lists_its_events()
    {
        var forums = await _client.GetJsonAsync("/api/v1/forums");
        var forumId = forums.GetProperty("items")[0].GetProperty("id").GetInt32();

        var forum = await _client.GetJsonAsync($"/api/v1/forums/{forumId}");

        Assert.Equal("Korea Space Forum 2023", forum.GetProperty("name").GetProperty("en").GetString());
        Assert.Equal(2, forum.GetProperty("events").GetArrayLength());
    }

    [Theory]
    [InlineData("/api/v1/events/987654")]
    [InlineData("/api/v1/forums/987654")]
    [InlineData("/api/v1/sessions/987654")]
    [InlineData("/api/v1/people/987654")]
    [InlineData("/api/v1/organizations/987654")]
    [InlineData("/api/v1/events/987654/sessions")]
    public async Task An_unknown_id_is_a_404_problem_naming_the_id(string url)
    {
        var problem = await _client.GetProblemAsync(url, HttpStatusCode.NotFound);

        Assert.Contains("987654", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("/api/v1/events/abc")]
    [InlineData("/api/v1/sessions/1.5")]
    [InlineData("/api/v1/people/99999999999999")]
    [InlineData("/api/v1/no-such-thing")]
    public async Task A_malformed_id_or_unknown_path_is_a_404_problem(string url)
    {
        await _client.GetProblemAsync(url, HttpStatusCode.NotFound);
    }
}
