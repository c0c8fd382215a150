using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Matchmaking.Requests;
using SpaceBridge.Web.Features.Matchmaking.Scheduling;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Matchmaking;

public sealed partial class AgendaAndFeedbackTests(MeetingsApp app) : IClassFixture<MeetingsApp>
{
    /// <summary>The requester's message on every meeting these tests publish: only the two sides may read it.</summary>
    private const string PrivateNote = "Private note about satellite bus pricing";

    [Fact]
    public async Task The_feed_token_serves_the_agenda_with_stable_uids_and_an_unknown_token_is_not_found()
    {
        var a = await app.ParticipantAsync("Feed Owner", "KR", "MSIT");
        var b = await app.ParticipantAsync("Feed Partner", "US", "LeoLabs");
        var meetingId = await app.PublishedMeetingAsync(a, b, "Feed Table 1", PrivateNote);
        var eventId = await app.EventIdAsync();

        var page = await a.Client.GetStringAsync($"/events/{eventId}/my-agenda");
        var feedPath = new Uri(FeedUrl().Match(page).Value).AbsolutePath;
        var anonymous = app.CreateClient();
        var first = await anonymous.GetStringAsync(feedPath);
        var second = await anonymous.GetStringAsync(feedPath);

        Assert.Contains($"UID:meeting-{meetingId}@spacebridge", first);
        Assert.Contains("Feed Table 1", first);
        Assert.Matches(@"UID:session-\d+@spacebridge", first);
        Assert.Equal(Uids(first), Uids(second));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/feeds/agenda/not-a-real-token.ics")).StatusCode);

        // Resetting the link retires the old address.
        var reset = await a.Client.SubmitFormAsync($"/events/{eventId}/my-agenda", new Dictionary<string, string>(), "form[action*='ResetFeed']");
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(feedPath)).StatusCode);
    }

    [Fact]
    public async Task A_session_renamed_or_withdrawn_after_an_agenda_was_read_shows_in_the_next_agenda_of_every_participant()
    {
        var a = await app.ParticipantAsync("Shared Sessions Lee", "KR", "MSIT");
        var b = await app.ParticipantAsync("Shared Sessions Ross", "US", "LeoLabs");
        var eventId = await app.EventIdAsync();
        var sessionId = await app.WithDbAsync(db => db.Sessions.Where(s => s.EventId == eventId && s.Published).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync());
        var path = $"/api/v1/events/{eventId}/my-agenda";
        Assert.Contains((await a.Client.GetFromJsonAsync<MyAgenda>(path))!.Sessions, s => s.Id == sessionId);
        Assert.Contains((await b.Client.GetFromJsonAsync<MyAgenda>(path))!.Sessions, s => s.Id == sessionId);

        await app.WithDbAsync(async db =>
        {
            var session = await db.Sessions.SingleAsync(s => s.Id == sessionId);
            session.Title.En = "Renamed after the agendas were read";
            return await db.SaveChangesAsync();
        });
        Assert.Equal("Renamed after the agendas were read", (await b.Client.GetFromJsonAsync<MyAgenda>(path))!.Sessions.Single(s => s.Id == sessionId).Title);
        Assert.Equal("Renamed after the agendas were read", (await a.Client.GetFromJsonAsync<MyAgenda>(path))!.Sessions.Single(s => s.Id == sessionId).Title);

        await app.WithDbAsync(async db =>
        {
            var session = await db.Sessions.SingleAsync(s => s.Id == sessionId);
            session.Published = false;
            return await db.SaveChangesAsync();
        });
        Assert.DoesNotContain((await a.Client.GetFromJsonAsync<MyAgenda>(path))!.Sessions, s => s.Id == sessionId);
        Assert.DoesNotContain((await b.Client.GetStringAsync($"/events/{eventId}/my-agenda")), "Renamed after the agendas were read");

        await app.WithDbAsync(async db =>
        {
            var session = await db.Sessions.SingleAsync(s => s.Id == sessionId);
            session.Published = true;
            return await db.SaveChangesAsync();
        });
    }

    [Fact]
    public async Task An_event_moved_to_another_time_zone_after_an_agenda_was_read_shows_in_the_next_agenda()
    {
        var a = await app.ParticipantAsync("Zone Reader", "KR", "MSIT");
        var b = await app.ParticipantAsync("Zone Partner", "US", "LeoLabs");
        await app.PublishedMeetingAsync(a, b, "Zone Table", PrivateNote);
        var eventId = await app.EventIdAsync();
        var path = $"/api/v1/events/{eventId}/my-agenda";
        Assert.Equal(TimeSpan.FromHours(9), Assert.Single((await a.Client.GetFromJsonAsync<MyAgenda>(path))!.Meetings).StartsAt.Offset);
        var zone = await SetTimeZoneAsync(eventId, "America/New_York");
        try
        {
            // 8 Nov 2023 is after the end of daylight saving time in New York.
            Assert.Equal(TimeSpan.FromHours(-5), Assert.Single((await a.Client.GetFromJsonAsync<MyAgenda>(path))!.Meetings).StartsAt.Offset);
        }
        finally
        {
            await SetTimeZoneAsync(eventId, zone);
        }
    }

    private Task<string> SetTimeZoneAsync(int eventId, string zone) => app.WithDbAsync(async db =>
    {
        var ev = await db.Events.SingleAsync(e => e.Id == eventId);
        var before = ev.TimeZoneId;
        ev.TimeZoneId = zone;
        await db.SaveChangesAsync();
        return before;
    });

    [Fact]
    public async Task A_personal_agenda_with_the_event_in_memory_reads_the_registration_the_meetings_and_the_counterparts_only()
    {
        var a = await app.ParticipantAsync("Query Counter", "KR", "MSIT");
        var b = await app.ParticipantAsync("Query Partner", "US", "LeoLabs");
        await app.PublishedMeetingAsync(a, b, "Query Table", PrivateNote);
        var eventId = await app.EventIdAsync();
        using var queries = await RequestQueries.StartAsync(app.Services);

        var warm = await queries.WarmAsync(a.Client, $"/api/v1/events/{eventId}/my-agenda");
        Assert.True(warm.Count == 3, $"expected 3 queries, got {warm.Count}:\n{string.Join("\n---\n", warm)}");
        Assert.DoesNotContain(warm, sql => sql.Contains("FROM \"Events\"") || sql.Contains("FROM \"Sessions\""));
    }

    [Fact]
    public async Task The_personal_agenda_shows_the_meeting_table_and_counterpart_in_the_api_and_in_korean_on_the_page()
    {
        var a = await app.ParticipantAsync("Agenda Kim", "KR", "MSIT", culture: "ko");
        var b = await app.ParticipantAsync("Agenda Smith", "US", "LeoLabs");
        var meetingId = await app.PublishedMeetingAsync(a, b, "Table 7", PrivateNote);
        var eventId = await app.EventIdAsync();

        var api = await b.Client.GetFromJsonAsync<MyAgenda>($"/api/v1/events/{eventId}/my-agenda");
        var page = await a.Client.GetStringAsync($"/events/{eventId}/my-agenda?culture=ko");

        var meeting = Assert.Single(api!.Meetings);
        Assert.Equal((meetingId, "Table 7", "Agenda Kim"), (meeting.Id, meeting.Location, meeting.Counterpart.Name));
        Assert.Equal(TimeSpan.FromHours(9), meeting.StartsAt.Offset);
        Assert.Contains("Table 7", page);
        Assert.Contains("Agenda Smith", page);
        Assert.Contains("내 일정", page);
    }

    [Fact]
    public async Task A_third_delegate_cannot_read_the_private_message_on_the_page_nor_give_feedback()
    {
        var a = await app.ParticipantAsync("Private Sender", "US", "Kayhan Space");
        var b = await app.ParticipantAsync("Private Recipient", "KR", "MSIT");
        var c = await app.ParticipantAsync("Curious Third", "TH", organizationName: "Siam Orbit");
        var meetingId = await app.PublishedMeetingAsync(a, b, "Table 9", PrivateNote);
        var eventId = await app.EventIdAsync();

        Assert.Contains("Private note about satellite bus pricing", await b.Client.GetStringAsync($"/events/{eventId}/meetings"));
        Assert.DoesNotContain("Private note", await c.Client.GetStringAsync($"/events/{eventId}/meetings"));
        Assert.Equal(HttpStatusCode.NotFound, (await c.Client.GetAsync($"/events/{eventId}/meetings/{meetingId}/feedback")).StatusCode);
        var refused = await c.Client.PostAsJsonAsync($"/api/v1/scheduled-meetings/{meetingId}/feedback", new { tookPlace = true, outcome = "Informative" });
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.MeetingFeedback.CountAsync(f => f.ScheduledMeetingId == meetingId)));
    }

    [Fact]
    public async Task Participants_give_feedback_and_organizers_see_it_in_aggregate()
    {
        // After the meeting (and before signing in: the sign-in cookie lives on the same clock).
        app.Clock.Now = new DateTimeOffset(2023, 11, 9, 0, 0, 0, TimeSpan.Zero);
        var a = await app.ParticipantAsync("Feedback One", "US", "COMSPOC");
        var b = await app.ParticipantAsync("Feedback Two", "KR", "MSIT");
        var meetingId = await app.PublishedMeetingAsync(a, b, "Table 11", PrivateNote);
        var eventId = await app.EventIdAsync();

        var viaApi = await a.Client.PostAsJsonAsync($"/api/v1/scheduled-meetings/{meetingId}/feedback",
            new { tookPlace = true, outcome = "CooperationPossible", comment = "Follow up on ground station lease" });
        var viaPage = await b.Client.SubmitFormAsync($"/events/{eventId}/meetings/{meetingId}/feedback",
            new Dictionary<string, string> { ["TookPlace"] = "true", ["Outcome"] = "Informative" });
        var organizer = await app.SignInAsync(await app.CreateUserAsync(new TestForumRole(ForumRole.Organizer)));
        var summary = await organizer.GetStringAsync($"/organizer/events/{eventId}/meetings/feedback");

        Assert.Equal(HttpStatusCode.OK, viaApi.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, viaPage.StatusCode);
        Assert.Contains("Follow up on ground station lease", summary);
        Assert.Matches(@"data-outcome=""CooperationPossible"">[1-9]", summary);
        // The other participant never sees the first one's private comment.
        Assert.DoesNotContain("Follow up on ground station lease", await b.Client.GetStringAsync($"/events/{eventId}/meetings/{meetingId}/feedback"));
    }

    private static List<string> Uids(string ics) => ics.Split("\r\n").Where(l => l.StartsWith("UID:", StringComparison.Ordinal)).Order().ToList();

    [GeneratedRegex(@"https?://[^""\s<]+/feeds/agenda/[A-Za-z0-9_-]+\.ics")]
    private static partial Regex FeedUrl();

    private sealed record MyAgenda(List<Meeting> Meetings, List<SessionItem> Sessions);
    private sealed record SessionItem(int Id, string Title);
    private sealed record Meeting(int Id, DateTimeOffset StartsAt, string Location, Person Counterpart);
    private sealed record Person(string Name);
}
