using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.CheckIn;

public class CheckInApiTests(SpaceBridgeFactory app) : IClassFixture<SpaceBridgeFactory>
{
    [Fact]
    public async Task A_second_scan_answers_with_the_time_staff_and_desk_of_the_first()
    {
        var eventId = await app.EventIdAsync();
        var registration = await app.RegisterAsync(eventId, "LEE Jiwoo", "이지우");
        var firstStaff = await app.OrganizerAsync();
        var token = app.SignedToken(registration);
        var deskA = await app.CreateBearerClientAsync(firstStaff);
        var deskB = await app.CreateBearerClientAsync(await app.OrganizerAsync());

        var first = await deskA.PostAsJsonAsync($"/api/v1/events/{eventId}/check-ins", new { token, desk = "Hall A" });
        var second = await deskB.PostAsJsonAsync($"/api/v1/events/{eventId}/check-ins", new { token, desk = "Hall B" });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var created = await first.JsonAsync();
        Assert.Equal("이지우", created.Str("attendee", "hangulName"));
        Assert.Equal("Wheelchair access", created.Str("attendee", "accessibilityNeeds"));
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        var problem = await second.JsonAsync();
        Assert.Equal("already-recorded", problem.Str("code"));
        Assert.Equal("Hall A", problem.Str("first", "desk"));
        Assert.Equal(firstStaff.Email, problem.Str("first", "byEmail"));
        var stored = await app.WithDbAsync(db => db.CheckIns.SingleAsync(c => c.RegistrationId == registration.Id));
        var firstAt = DateTimeOffset.Parse(problem.Str("first", "at"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(TimeSpan.FromHours(9), firstAt.Offset);
        Assert.Equal(stored.AtUtc, firstAt.UtcDateTime, TimeSpan.FromMilliseconds(1));
        Assert.Equal("Hall A", stored.Desk);
        Assert.Equal(firstStaff.Id, stored.ByUserId);
        Assert.Contains(firstAt.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), problem.Str("detail"));
        Assert.Equal(1, await app.AuditCountAsync("checkin.recorded", registration.Id));
    }

    [Theory]
    [InlineData("flip")]
    [InlineData("raw")]
    [InlineData("")]
    [InlineData("1")]
    public async Task A_tampered_or_unsigned_token_is_refused_and_nothing_is_written(string kind)
    {
        var eventId = await app.EventIdAsync();
        var registration = await app.RegisterAsync(eventId, "Tampered Badge");
        var signed = app.SignedToken(registration);
        var token = kind switch
        {
            "flip" => signed[..20] + (signed[20] == 'A' ? 'B' : 'A') + signed[21..],
            "raw" => registration.BadgeToken,
            "1" => registration.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => "",
        };
        var desk = await app.CreateBearerClientAsync(await app.OrganizerAsync());

        var response = await desk.PostAsJsonAsync($"/api/v1/events/{eventId}/check-ins", new { token, desk = "1" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid-token", (await response.JsonAsync()).Str("code"));
        Assert.Equal(0, await app.CheckInCountAsync(registration.Id));
        Assert.Equal(0, await app.AuditCountAsync("checkin.recorded", registration.Id));
    }

    [Fact]
    public async Task A_registration_that_is_not_approved_is_refused_with_its_status()
    {
        var eventId = await app.EventIdAsync();
        var registration = await app.RegisterAsync(eventId, "Waiting Guest", status: RegistrationStatus.Waitlisted);
        var desk = await app.CreateBearerClientAsync(await app.OrganizerAsync());

        var response = await desk.PostAsJsonAsync($"/api/v1/events/{eventId}/check-ins", new { token = app.SignedToken(registration) });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.Equal("not-approved", problem.Str("code"));
        Assert.Equal("Waitlisted", problem.Str("status"));
        Assert.Equal(0, await app.CheckInCountAsync(registration.Id));
    }

    [Fact]
    public async Task A_badge_for_the_other_symposium_is_refused()
    {
        var registration = await app.RegisterAsync(await app.EventIdAsync("emerging"), "Next Day Only");
        var desk = await app.CreateBearerClientAsync(await app.OrganizerAsync());

        var response = await desk.PostAsJsonAsync($"/api/v1/events/{await app.EventIdAsync()}/check-ins", new { token = app.SignedToken(registration) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("other-event", (await response.JsonAsync()).Str("code"));
        Assert.Equal(0, await app.CheckInCountAsync(registration.Id));
    }

    [Fact]
    public async Task A_desk_name_longer_than_100_characters_is_a_validation_problem()
    {
        var eventId = await app.EventIdAsync();
        var registration = await app.RegisterAsync(eventId, "Long Desk");
        var desk = await app.CreateBearerClientAsync(await app.OrganizerAsync());

        var response = await desk.PostAsJsonAsync($"/api/v1/events/{eventId}/check-ins",
            new { token = app.SignedToken(registration), desk = new string('x', 101) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("Desk", out _));
        Assert.Equal(0, await app.CheckInCountAsync(registration.Id));
    }

    [Theory]
    [InlineData(ForumRole.Delegate)]
    [InlineData(ForumRole.Exhibitor)]
    [InlineData(ForumRole.Press)]
    public async Task Participants_who_are_not_organizers_get_403_and_nothing_is_written(ForumRole role)
    {
        var eventId = await app.EventIdAsync();
        var registration = await app.RegisterAsync(eventId, $"Guarded {role}");
        var client = await app.CreateBearerClientAsync(await app.CreateUserAsync(new TestForumRole(role)));

        var checkIn = await client.PostAsJsonAsync($"/api/v1/events/{eventId}/check-ins", new { token = app.SignedToken(registration) });
        var attendance = await client.GetAsync($"/api/v1/events/{eventId}/attendance");

        Assert.Equal(HttpStatusCode.Forbidden, checkIn.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, attendance.StatusCode);
        Assert.Equal(0, await app.CheckInCountAsync(registration.Id));
    }

    [Fact]
    public async Task Anonymous_callers_get_401_and_unknown_events_and_sessions_404()
    {
        var eventId = await app.EventIdAsync();
        var anonymous = app.CreateClient();
        var organizer = await app.CreateBearerClientAsync(await app.OrganizerAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync($"/api/v1/events/{eventId}/check-ins", new { token = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/v1/events/{eventId}/attendance")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await organizer.PostAsJsonAsync("/api/v1/events/999999/check-ins", new { token = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await organizer.GetAsync("/api/v1/events/999999/attendance")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await organizer.PostAsJsonAsync("/api/v1/sessions/999999/attendance", new { token = "x" })).StatusCode);
    }
}
