using System.Net;
using AngleSharp.Html.Parser;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Infrastructure.Data.Postgres;

/// <summary>The public pages render from PostgreSQL, in both languages.</summary>
public class PostgresPageSmokeTests(PostgresSpaceBridgeFactory factory) : IClassFixture<PostgresSpaceBridgeFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task The_home_page_shows_the_forum_and_both_symposia_on_postgres()
    {
        var html = await GetHtmlAsync("/");

        Assert.Contains("Korea Space Forum 2023", html);
        Assert.Contains("ROK-US Space Industry Symposium", html);
        Assert.Contains("Korea-Emerging Space Countries Symposium", html);
    }

    [Fact]
    public async Task The_8_november_agenda_renders_in_korean_in_seoul_time_on_postgres()
    {
        var eventId = await _client.EventIdOnAsync("2023-11-08");

        var html = await GetHtmlAsync($"/events/{eventId}/agenda?culture=ko");

        Assert.Contains("lang=\"ko", html);
        Assert.Contains("한미 우주산업 심포지엄", html);
        Assert.Contains("Asia/Seoul", html);
        var times = new HtmlParser().ParseDocument(html).QuerySelectorAll("ol time[datetime]")
            .Select(t => t.GetAttribute("datetime")!).ToList();
        Assert.Contains("2023-11-08T09:30:00+09:00", times);
        Assert.All(times, t => Assert.EndsWith("+09:00", t));
    }

    [Fact]
    public async Task The_about_page_credits_the_source_stored_with_the_forum_on_postgres()
    {
        var html = await GetHtmlAsync("/about");

        Assert.Contains("Event facts from the press release of the Ministry of Science and ICT of 8 November 2023", html);
    }

    private async Task<string> GetHtmlAsync(string url)
    {
        var response = await _client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}: {body}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return body;
    }
}
