using System.Net;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Infrastructure.Data.Postgres;

/// <summary>The read API answers on PostgreSQL as it does on SQLite.</summary>
public class PostgresApiSmokeTests(PostgresSpaceBridgeFactory factory) : IClassFixture<PostgresSpaceBridgeFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Events_lists_both_symposia_on_postgres()
    {
        var page = await _client.GetJsonAsync("/api/v1/events");

        var names = page.GetProperty("items").EnumerateArray()
            .Select(e => e.GetProperty("name").GetProperty("en").GetString()).ToList();
        Assert.Equal(["ROK-US Space Industry Symposium", "Korea-Emerging Space Countries Symposium"], names);
        Assert.Equal(2, page.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task The_8_november_sessions_start_on_that_day_with_the_seoul_offset_on_postgres()
    {
        var eventId = await _client.EventIdOnAsync("2023-11-08");

        var sessions = await _client.GetJsonAsync($"/api/v1/events/{eventId}/sessions?pageSize=100");

        var starts = sessions.GetProperty("items").EnumerateArray()
            .Select(s => s.GetProperty("startsAt").GetString()!).ToList();
        Assert.Equal(11, starts.Count);
        Assert.All(starts, s =>
        {
            Assert.StartsWith("2023-11-08T", s);
            Assert.EndsWith("+09:00", s);
        });
    }

    [Theory]
    [InlineData("/api/v1/forums")]
    [InlineData("/api/v1/people")]
    [InlineData("/api/v1/organizations")]
    public async Task List_endpoints_page_their_items_on_postgres(string url)
    {
        var page = await _client.GetJsonAsync($"{url}?page=1&pageSize=5");

        Assert.InRange(page.GetProperty("items").GetArrayLength(), 1, 5);
        Assert.True(page.GetProperty("totalCount").GetInt32() >= page.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Bad_paging_is_a_400_problem_on_postgres()
    {
        await _client.GetProblemAsync("/api/v1/events?page=-1", HttpStatusCode.BadRequest);
    }
}
