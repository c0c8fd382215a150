using System.Net;
using System.Text.Json;
using SpaceBridge.Web.Features.Programme.Sessions;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Programme.Sessions;

public class SessionsApiTests(SpaceBridgeFactory factory) : IClassFixture<SpaceBridgeFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<List<JsonElement>> SessionsAsync(string date, string query = "")
    {
        var id = await _client.EventIdOnAsync(date);
        var page = await _client.GetJsonAsync($"/api/v1/events/{id}/sessions{query}");
        return [.. page.GetProperty("items").EnumerateArray()];
    }

    [Fact]
    public async Task The_8_November_sessions_start_and_end_at_plus_nine_hours_in_time_order()
    {
        var sessions = await SessionsAsync("2023-11-08");

        Assert.Equal(11, sessions.Count);
        var starts = sessions.Select(s => s.GetProperty("startsAt").GetString()!).ToList();
        Assert.All(starts, s => Assert.Matches(@"^2023-11-08T\d\d:\d\d:00\+09:00$", s));
        Assert.All(sessions, s => Assert.EndsWith("+09:00", s.GetProperty("endsAt").GetString()));
        Assert.Equal(starts.OrderBy(s => DateTimeOffset.Parse(s, System.Globalization.CultureInfo.InvariantCulture)), starts);
        var opening = sessions.Single(s => s.GetProperty("kind").GetString() == "OpeningRemarks");
        Assert.Equal("2023-11-08T09:30:00+09:00", opening.GetProperty("startsAt").GetString());
        Assert.Equal("개회사", opening.GetProperty("title").GetProperty("ko").GetString());
        Assert.Equal(3, opening.GetProperty("people").GetArrayLength());
    }

    [Fact]
    public async Task Filtering_by_kind_returns_the_four_panels()
    {
        var panels = await SessionsAsync("2023-11-08", "?kind=Panel");

        Assert.Equal(4, panels.Count);
        Assert.All(panels, p => Assert.Equal("Panel", p.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task Filtering_by_topic_returns_only_sessions_with_that_topic()
    {
        var policy = await SessionsAsync("2023-11-08", "?topic=space-policy");

        Assert.Equal(3, policy.Count);
        Assert.All(policy, s => Assert.Contains(s.GetProperty("topics").EnumerateArray(), t => t.GetProperty("slug").GetString() == "space-policy"));
    }

    [Fact]
    public async Task Filtering_by_day_returns_the_sessions_of_that_day()
    {
        Assert.Equal(11, (await SessionsAsync("2023-11-08", "?day=2023-11-08")).Count);
        Assert.Equal(5, (await SessionsAsync("2023-11-09", "?day=2023-11-09")).Count);
    }

    [Fact]
    public async Task Filtering_by_day_uses_the_event_local_calendar_day_not_the_utc_one()
    {
        // Its own app: this test adds a session. 08:00 in Seoul on 8 Nov is still 7 Nov in UTC.
        using var app = new SpaceBridgeFactory();
        var client = app.CreateClient();
        var eventId = await client.EventIdOnAsync("2023-11-08");
        await app.WithDbAsync(async db =>
        {
            db.Sessions.Add(new Session
            {
                EventId = eventId,
                Kind = SessionKind.SideMeeting,
                Title = new("Early breakfast briefing", "조찬 브리핑"),
                StartsAtUtc = new DateTime(2023, 11, 7, 23, 0, 0, DateTimeKind.Utc),
                EndsAtUtc = new DateTime(2023, 11, 7, 23, 45, 0, DateTimeKind.Utc),
                Published = true,
            });
            return await db.SaveChangesAsync();
        });

        var page = await client.GetJsonAsync($"/api/v1/events/{eventId}/sessions?day=2023-11-08&pageSize=1");

        var first = page.GetProperty("items")[0];
        Assert.Equal(12, page.GetProperty("totalCount").GetInt32());
        Assert.Equal("Early breakfast briefing", first.GetProperty("title").GetProperty("en").GetString());
        Assert.Equal("2023-11-08T08:00:00+09:00", first.GetProperty("startsAt").GetString());
    }

    [Fact]
    public async Task A_session_is_returned_with_its_room_topics_and_people()
    {
        var first = (await SessionsAsync("2023-11-08", "?kind=PolicyPresentation"))[0];

        var session = await _client.GetJsonAsync($"/api/v1/sessions/{first.GetProperty("id").GetInt32()}");

        Assert.Equal("Korea's space policy", session.GetProperty("title").GetProperty("en").GetString());
        Assert.Equal("Main hall", session.GetProperty("room").GetProperty("name").GetProperty("en").GetString());
        Assert.Equal("2023-11-08T10:40:00+09:00", session.GetProperty("endsAt").GetString());
        Assert.Equal(["Speaker", "Speaker"], session.GetProperty("people").EnumerateArray().Select(p => p.GetProperty("role").GetString()));
    }

    [Theory]
    [InlineData("?kind=Workshop", "kind")]
    [InlineData("?kind=42", "kind")]
    [InlineData("?topic=no-such-topic", "topic")]
    [InlineData("?day=2023-13-40", "day")]
    [InlineData("?day=yesterday", "day")]
    [InlineData("?day=2023-11-07", "day")]
    [InlineData("?day=2023-11-09", "day")]
    [InlineData("?day=0001-01-01", "day")]
    [InlineData("?day=9999-12-31", "day")]
    public async Task A_bad_filter_is_a_400_problem_naming_the_parameter(string query, string parameter)
    {
        var id = await _client.EventIdOnAsync("2023-11-08");

        var problem = await _client.GetProblemAsync($"/api/v1/events/{id}/sessions{query}", HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }
}
