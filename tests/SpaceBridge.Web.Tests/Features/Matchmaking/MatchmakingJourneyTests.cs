using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SpaceBridge.Web.DemoData;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Matchmaking.Requests;
using SpaceBridge.Web.Features.Matchmaking.Scheduling;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Tests.Support;
using SpaceBridge.Web.Tests.Support.Browser;
using SpaceBridge.Web.Tests.Support.Browser.Pages;

namespace SpaceBridge.Web.Tests.Features.Matchmaking;

/// <summary>
/// B2B matchmaking in Chromium: a Korean and an American delegate register for the 8 Nov symposium and are approved;
/// the Korean asks for a meeting, the American accepts on My meetings; the organizer sets the blocks, runs the
/// schedule, waits on the progress bar and publishes; both agendas show the same meeting, time and table, one in Korean.
/// </summary>
public class MatchmakingJourneyTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task Two_delegates_meet_at_the_same_table_and_time_on_both_agendas_after_the_organizer_publishes()
    {
        await using var app = new KestrelSpaceBridgeFactory();
        var eventId = await app.WithDbAsync(db => db.Events.Where(e => e.Slug == DemoForumSeeder.Day1Slug).Select(e => e.Id).SingleAsync());
        var organizer = await app.CreateUserAsync(new TestForumRole(ForumRole.Organizer));
        var korean = await app.CreateUserAsync();
        var american = await app.CreateUserAsync();

        // Both register through the form; the organizer approves both from the review queue.
        await using var koreanContext = await chromium.Browser.NewContextAsync(new() { Locale = "en-US" });
        var koreanPage = await SignedInAsync(koreanContext, app, korean);
        await new RegistrationPages(koreanPage, app.BaseAddress).RegisterAsync(eventId, "이서준", "LEE Seo-jun", "Hanbit Orbital", "KR", consentToDirectory: true);
        await using var americanContext = await chromium.Browser.NewContextAsync(new() { Locale = "en-US" });
        var americanPage = await SignedInAsync(americanContext, app, american);
        await new RegistrationPages(americanPage, app.BaseAddress).RegisterAsync(eventId, "", "Grace Miller", "Pacific Launch Systems", "US", consentToDirectory: true);
        await CheckAsync(americanPage, "mm-01-registered");
        var (koreanId, americanId) = await app.WithDbAsync(async db => (
            await db.Registrations.Where(r => r.UserId == korean.Id).Select(r => r.Id).SingleAsync(),
            await db.Registrations.Where(r => r.UserId == american.Id).Select(r => r.Id).SingleAsync()));
        await using var organizerContext = await chromium.Browser.NewContextAsync(new() { Locale = "en-US" });
        var organizerPage = await SignedInAsync(organizerContext, app, organizer);
        var review = new RegistrationPages(organizerPage, app.BaseAddress);
        await review.OpenReviewQueueAsync(eventId);
        await review.ApproveAllAsync(koreanId, americanId);
        await CheckAsync(organizerPage, "mm-02-approved");
        Assert.Equal(2, await app.WithDbAsync(db => db.Registrations.CountAsync(r =>
            (r.Id == koreanId || r.Id == americanId) && r.Status == RegistrationStatus.Approved)));

        // The organizer sets one afternoon block of three 20-minute slots at two tables.
        var matchmaking = new OrganizerMatchmakingPages(organizerPage, app.BaseAddress, eventId);
        await matchmaking.OpenAsync();
        await matchmaking.SaveSettingsAsync("2023-11-08 14:00-15:00", slotMinutes: 20, tables: 2);
        await CheckAsync(organizerPage, "mm-03-settings");

        // The Korean delegate asks for a meeting; the American accepts it on My meetings.
        var koreanMeetings = new MeetingPages(koreanPage, app.BaseAddress, eventId);
        await koreanMeetings.RequestAsync(americanId, "Launch slots for our 6U cubesat in 2024?");
        await CheckAsync(koreanPage, "mm-04-requested");
        var americanMeetings = new MeetingPages(americanPage, app.BaseAddress, eventId);
        await americanMeetings.OpenMyMeetingsAsync();
        Assert.Contains("Launch slots for our 6U cubesat in 2024?", await americanMeetings.MainTextAsync());
        await CheckAsync(americanPage, "mm-05-incoming");
        await americanMeetings.AcceptOnlyIncomingAsync();
        await CheckAsync(americanPage, "mm-06-accepted");
        Assert.Equal(MeetingRequestStatus.Accepted, await app.WithDbAsync(db => db.MeetingRequests
            .Where(r => r.FromRegistrationId == koreanId && r.ToRegistrationId == americanId).Select(r => r.Status).SingleAsync()));

        // The organizer runs the schedule, waits on the review page's progress bar and publishes.
        await matchmaking.OpenAsync();
        var runId = await matchmaking.StartFullRunAsync(timeLimitSeconds: 2);
        await CheckAsync(organizerPage, "mm-07-run-started");
        Assert.Equal(100, await matchmaking.WaitForRunAsync(TimeSpan.FromSeconds(45)));
        var schedule = Assert.Single(await matchmaking.ScheduleRowsAsync());
        await CheckAsync(organizerPage, "mm-08-run-finished");
        await matchmaking.PublishAsync();
        await CheckAsync(organizerPage, "mm-09-published");
        Assert.Equal(ScheduleRunStatus.Published, await app.WithDbAsync(db => db.ScheduleRuns.Where(r => r.Id == runId).Select(r => r.Status).SingleAsync()));

        // Both personal agendas show the same meeting; the Korean delegate reads it in Korean.
        await americanMeetings.OpenAgendaAsync();
        await CheckAsync(americanPage, "mm-10-agenda-en");
        var seenByAmerican = Assert.Single(await americanMeetings.AgendaMeetingsAsync());
        await koreanMeetings.OpenAgendaAsync();
        await koreanMeetings.SwitchToKoreanAsync();
        Assert.Equal("ko", await koreanMeetings.LanguageAsync());
        Assert.Contains("내 일정", await koreanMeetings.MainTextAsync());
        await CheckAsync(koreanPage, "mm-11-agenda-ko");
        var seenByKorean = Assert.Single(await koreanMeetings.AgendaMeetingsAsync());

        Assert.Equal(seenByAmerican.Time, seenByKorean.Time);
        Assert.Equal(seenByAmerican.Location, seenByKorean.Location);
        Assert.Equal(schedule[1], seenByAmerican.Location);
        Assert.StartsWith("2023-11-08 ", seenByAmerican.Time);
        Assert.Contains("LEE Seo-jun", seenByAmerican.Counterpart);
        Assert.Contains("Grace Miller", seenByKorean.Counterpart);
        var stored = await app.WithDbAsync(db => db.ScheduledMeetings.Where(m => m.EventId == eventId)
            .Select(m => new { m.Location.Name, m.Slot.StartsAtUtc, m.IsPublished }).SingleAsync());
        Assert.True(stored.IsPublished);
        Assert.Equal(stored.Name, seenByKorean.Location);
        var seoul = TimeZoneInfo.ConvertTimeFromUtc(stored.StartsAtUtc, TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul"));
        Assert.StartsWith(seoul.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture), seenByKorean.Time);
    }

    private static async Task<IPage> SignedInAsync(IBrowserContext context, KestrelSpaceBridgeFactory app, TestUser user)
    {
        var page = await context.NewPageAsync();
        await new AccountPages(page, app.BaseAddress).SignInAsync(user.Email, user.Password);
        return page;
    }

    private static async Task CheckAsync(IPage page, string name)
    {
        await Screenshots.TakeAsync(page, name);
        await AccessibilityCheck.AssertNoSeriousViolationsAsync(page);
    }
}
