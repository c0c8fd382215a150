using SpaceBridge.Web.Tests.Features.Calendar;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Infrastructure.Data.Postgres;

/// <summary>The agenda exports and the session filters answer on PostgreSQL as they do on SQLite.</summary>
public class PostgresCalendarAndFilterTests(PostgresSpaceBridgeFactory factory) : IClassFixture<PostgresSpaceBridgeFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task The_forum_agenda_export_passes_the_strict_parser_on_postgres()
    {
        var day1 = await _client.EventIdOnAsync("2023-11-08");
        var forumId = (await _client.GetJsonAsync($"/api/v1/events/{day1}")).GetProperty("forumId").GetInt32();

        var calendar = StrictICalendar.Parse(await _client.GetByteArrayAsync($"/forums/{forumId}/agenda.ics?culture=ko"));

        Assert.Equal(16, calendar.Descendants("VEVENT").Count());
        Assert.Contains(calendar.Descendants("VEVENT"), e => e.Single("DTSTART").Value == "20231108T093000" && e.Single("SUMMARY").Value == "개회사");
    }

    [Theory]
    [InlineData("?kind=Panel", 4)]
    [InlineData("?topic=space-policy", 3)]
    [InlineData("?day=2023-11-08", 11)]
    [InlineData("?kind=Panel&topic=supply-chain-resilience&day=2023-11-08", 1)]
    public async Task Session_filters_select_the_same_sessions_on_postgres(string query, int expected)
    {
        var day1 = await _client.EventIdOnAsync("2023-11-08");

        var page = await _client.GetJsonAsync($"/api/v1/events/{day1}/sessions{query}");

        Assert.Equal(expected, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(expected, page.GetProperty("items").GetArrayLength());
    }
}
