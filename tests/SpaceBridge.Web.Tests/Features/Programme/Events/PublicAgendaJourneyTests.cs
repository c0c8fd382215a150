using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SpaceBridge.Web.DemoData;
using SpaceBridge.Web.Tests.Support;
using SpaceBridge.Web.Tests.Support.Browser;
using SpaceBridge.Web.Tests.Support.Browser.Pages;

namespace SpaceBridge.Web.Tests.Features.Programme.Events;

/// <summary>
/// A visitor's path through the public site in Chromium, with an axe check and a screenshot of every page:
/// home, Korean, the 8 Nov agenda, a topic filter, a session and its calendar file.
/// </summary>
public class PublicAgendaJourneyTests(KestrelSpaceBridgeFactory app, ChromiumFixture chromium)
    : IClassFixture<KestrelSpaceBridgeFactory>, IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task A_visitor_reads_the_agenda_in_Korean_filters_it_by_topic_and_downloads_a_session_calendar()
    {
        var (eventId, eventNameKo, topicSlug, topicSessionIds) = await DemoDay1Async();
        await using var context = await chromium.Browser.NewContextAsync(new() { Locale = "en-US", AcceptDownloads = true });
        var page = await context.NewPageAsync();
        var failedRequests = new List<string>();
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                failedRequests.Add($"{response.Status} {response.Url}");
            }
        };

        var home = await HomePage.OpenAsync(page, app.BaseAddress);
        Assert.Equal("en", await home.LanguageAsync());
        await CheckAsync(page, "01-home-en");

        await home.SwitchToKoreanAsync();
        Assert.StartsWith("ko", await home.LanguageAsync());
        Assert.Contains(eventNameKo, await home.MainTextAsync());
        await CheckAsync(page, "02-home-ko");

        var agenda = await home.OpenAgendaAsync(eventId);
        Assert.StartsWith("ko", await agenda.LanguageAsync());
        var allSessions = await agenda.SessionIdsAsync();
        Assert.Equal(11, allSessions.Count);
        await CheckAsync(page, "03-agenda-ko");

        await agenda.FilterByTopicAsync(topicSlug);
        var filtered = await agenda.SessionIdsAsync();
        Assert.Equal(topicSessionIds.Order(), filtered.Order());
        Assert.True(filtered.Count < allSessions.Count, "the topic filter should narrow the agenda");
        await CheckAsync(page, "04-agenda-ko-topic");

        var session = await agenda.OpenSessionAsync(filtered[0]);
        Assert.StartsWith("ko", await session.LanguageAsync());
        await CheckAsync(page, "05-session-ko");

        var (fileName, ics) = await session.DownloadCalendarAsync();
        Assert.EndsWith(".ics", fileName);
        Assert.StartsWith("BEGIN:VCALENDAR", ics);
        Assert.Contains("TZID=Asia/Seoul", ics);
        Assert.Contains("BEGIN:VTIMEZONE", ics);
        Assert.True(failedRequests.Count == 0, "requests failed on the way:\n" + string.Join("\n", failedRequests));
    }

    private static async Task CheckAsync(IPage page, string name)
    {
        // axe judges contrast and layout on the styled page, so the stylesheet must have been applied.
        Assert.True(await page.EvaluateAsync<bool>("() => [...document.styleSheets].some(s => s.cssRules.length > 0)"),
            $"no stylesheet applied on {page.Url}");
        await Screenshots.TakeAsync(page, name);
        await AccessibilityCheck.AssertNoSeriousViolationsAsync(page);
    }

    /// <summary>The 8 Nov symposium and the topic of its agenda with the most sessions (but not all of them).</summary>
    private Task<(int EventId, string NameKo, string TopicSlug, List<int> SessionIds)> DemoDay1Async() =>
        app.WithDbAsync(async db =>
        {
            var day1 = await db.Events.Include(e => e.Topics).ThenInclude(t => t.Sessions)
                .AsSplitQuery()
                .SingleAsync(e => e.Slug == DemoForumSeeder.Day1Slug);
            var topic = day1.Topics
                .Where(t => t.Sessions.Count > 0 && t.Sessions.Count < 11)
                .OrderByDescending(t => t.Sessions.Count).ThenBy(t => t.Slug)
                .First();
            return (day1.Id, day1.Name.Ko!, topic.Slug, topic.Sessions.Select(s => s.Id).ToList());
        });
}
