using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.CheckIn;

public class CheckInPageTests(SpaceBridgeFactory app) : IClassFixture<SpaceBridgeFactory>
{
    private static async Task<string> ScanAsync(HttpClient client, int eventId, string token, string desk)
    {
        var response = await client.SubmitFormAsync($"/organizer/events/{eventId}/check-in",
            new Dictionary<string, string> { ["Token"] = token, ["Desk"] = desk }, "form[data-scan-form]");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        return page.GetElementById("scan-result")!.TextContent;
    }

    [Fact]
    public async Task The_desk_page_checks_a_scanned_badge_in_once_and_then_says_when_and_by_whom()
    {
        var eventId = await app.EventIdAsync();
        var registration = await app.RegisterAsync(eventId, "JUNG Hoseok", "정호석", ParticipantType.Speaker);
        var staff = await app.CreateUserAsync("desk-staff@example.org", administrator: false, new TestForumRole(ForumRole.Organizer));
        var desk = await app.SignInAsync(staff);
        var token = app.SignedToken(registration);

        var first = await ScanAsync(desk, eventId, token, "North");
        var second = await ScanAsync(desk, eventId, token, "South");

        Assert.Contains("Checked in: 정호석 (JUNG Hoseok)", first);
        Assert.Contains("Wheelchair access", first);
        var stored = await app.WithDbAsync(db => db.CheckIns.SingleAsync(c => c.RegistrationId == registration.Id));
        var local = TimeZoneInfo.ConvertTimeFromUtc(stored.AtUtc, TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul"));
        Assert.Contains($"was already checked in at {local:HH:mm} (Asia/Seoul) by desk-staff at desk North.", second);
        Assert.Equal(1, await app.CheckInCountAsync(registration.Id));
    }

    [Fact]
    public async Task The_desk_page_speaks_Korean_too()
    {
        var eventId = await app.EventIdAsync();
        var registration = await app.RegisterAsync(eventId, "HAN Sora", "한소라", status: RegistrationStatus.Submitted);
        var desk = await app.SignInAsync(await app.OrganizerAsync());

        var response = await desk.SubmitFormAsync($"/organizer/events/{eventId}/check-in?culture=ko",
            new Dictionary<string, string> { ["Token"] = app.SignedToken(registration) }, "form[data-scan-form]");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("체크인할 수 없습니다", html);
        Assert.Contains("신청됨", html);
        Assert.Equal(0, await app.CheckInCountAsync(registration.Id));
    }

    [Fact]
    public async Task A_tampered_badge_scanned_at_the_desk_is_refused_and_nothing_is_written()
    {
        var eventId = await app.EventIdAsync();
        var registration = await app.RegisterAsync(eventId, "Forged Badge");
        var desk = await app.SignInAsync(await app.OrganizerAsync());
        var signed = app.SignedToken(registration);

        var result = await ScanAsync(desk, eventId, signed[..^4] + "AAAA", "1");

        Assert.Contains("This is not a valid badge code. Nothing was recorded.", result);
        Assert.Equal(0, await app.CheckInCountAsync(registration.Id));
        Assert.Equal(0, await app.AuditCountAsync("checkin.recorded", registration.Id));
    }

    [Fact]
    public async Task The_desk_page_has_a_labelled_focused_box_and_participants_are_refused()
    {
        var eventId = await app.EventIdAsync();
        var organizer = await app.SignInAsync(await app.OrganizerAsync());
        var participant = await app.SignInAsync(await app.CreateUserAsync(new TestForumRole(ForumRole.Delegate)));

        var page = await organizer.GetDocumentAsync($"/organizer/events/{eventId}/check-in");
        var refused = await participant.GetAsync($"/organizer/events/{eventId}/check-in");

        var box = page.QuerySelector("input[name=Token]")!;
        Assert.True(box.HasAttribute("autofocus"));
        Assert.NotNull(page.QuerySelector($"label[for={box.Id}]"));
        Assert.NotNull(page.QuerySelector("input[name=__RequestVerificationToken]"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("This page is for organizers of a forum.", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_attendance_page_shows_the_counts_and_links_each_session_door()
    {
        var eventId = await app.EventIdAsync("emerging");
        var organizer = await app.SignInAsync(await app.OrganizerAsync());

        var page = await organizer.GetDocumentAsync($"/organizer/events/{eventId}/attendance");
        var sessions = await app.WithDbAsync(db => db.Sessions.CountAsync(s => s.EventId == eventId));

        Assert.Matches(@"\d+ of \d+ approved participants checked in", page.GetElementById("attendance-summary")!.TextContent);
        Assert.Equal(sessions, page.QuerySelectorAll("a[href^='/organizer/sessions/']").Length);
        Assert.Contains("Asia/Seoul", page.GetElementById("attendance-live")!.TextContent);
    }
}
