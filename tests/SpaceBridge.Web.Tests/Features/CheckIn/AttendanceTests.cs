using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.CheckIn;

/// <summary>Each test counts on a fresh database of its own, so the numbers are exact.</summary>
public sealed class AttendanceTests : IDisposable
{
    private readonly SpaceBridgeFactory _app = new();

    [Fact]
    public async Task Attendance_counts_approved_and_checked_in_people_by_type_and_country()
    {
        var eventId = await _app.EventIdAsync();
        var kr1 = await _app.RegisterAsync(eventId, "Korean Official", type: ParticipantType.Government, country: "KR");
        await _app.RegisterAsync(eventId, "Korean Delegate", type: ParticipantType.Delegate, country: "KR");
        var us1 = await _app.RegisterAsync(eventId, "American Delegate", type: ParticipantType.Delegate, country: "US");
        await _app.RegisterAsync(eventId, "Pending Person", status: RegistrationStatus.Submitted, country: "US");
        var desk = await _app.CreateBearerClientAsync(await _app.OrganizerAsync());
        foreach (var r in new[] { kr1, us1 })
        {
            (await desk.PostAsJsonAsync($"/api/v1/events/{eventId}/check-ins", new { token = _app.SignedToken(r) })).EnsureSuccessStatusCode();
        }

        var attendance = await desk.GetFromJsonAsync<JsonElement>($"/api/v1/events/{eventId}/attendance");

        Assert.Equal(3, attendance.GetProperty("approved").GetInt32());
        Assert.Equal(2, attendance.GetProperty("checkedIn").GetInt32());
        var byType = attendance.GetProperty("byType").EnumerateArray()
            .ToDictionary(t => t.GetProperty("participantType").GetString()!, t => (t.GetProperty("approved").GetInt32(), t.GetProperty("checkedIn").GetInt32()));
        Assert.Equal((1, 1), byType["Government"]);
        Assert.Equal((2, 1), byType["Delegate"]);
        var byCountry = attendance.GetProperty("byCountry").EnumerateArray()
            .ToDictionary(c => c.GetProperty("countryCode").GetString()!, c => (c.GetProperty("approved").GetInt32(), c.GetProperty("checkedIn").GetInt32()));
        Assert.Equal((2, 1), byCountry["KR"]);
        Assert.Equal((1, 1), byCountry["US"]);
        Assert.EndsWith("+09:00", attendance.GetProperty("asOf").GetString());
    }

    [Fact]
    public async Task A_session_door_counts_each_person_once_and_attendance_shows_it()
    {
        var eventId = await _app.EventIdAsync();
        var sessionId = await _app.WithDbAsync(db => db.Sessions.Where(s => s.EventId == eventId).OrderBy(s => s.StartsAtUtc).Select(s => s.Id).FirstAsync());
        var person = await _app.RegisterAsync(eventId, "Session Goer");
        var staff = await _app.OrganizerAsync();
        var door = await _app.CreateBearerClientAsync(staff);

        var first = await door.PostAsJsonAsync($"/api/v1/sessions/{sessionId}/attendance", new { token = _app.SignedToken(person) });
        var again = await door.PostAsJsonAsync($"/api/v1/sessions/{sessionId}/attendance", new { token = _app.SignedToken(person) });
        var forged = await door.PostAsJsonAsync($"/api/v1/sessions/{sessionId}/attendance", new { token = person.BadgeToken });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(staff.Email, (await again.JsonAsync()).Str("first", "byEmail"));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        var attendance = await door.GetFromJsonAsync<JsonElement>($"/api/v1/events/{eventId}/attendance");
        var session = attendance.GetProperty("sessions").EnumerateArray().Single(s => s.GetProperty("sessionId").GetInt32() == sessionId);
        Assert.Equal(1, session.GetProperty("attended").GetInt32());
        Assert.Equal(1, await _app.WithDbAsync(db => db.SessionAttendances.CountAsync()));
        Assert.Equal(1, await _app.AuditCountAsync("session.attendance", person.Id));
    }

    public void Dispose() => _app.Dispose();
}
