using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Matchmaking.Requests;
using SpaceBridge.Web.Features.Matchmaking.Scheduling;

namespace SpaceBridge.Web.Tests.Features.Matchmaking.Requests;

/// <summary>Rules that depend on the event's settings and on time; each test has its own app (settings are per event).</summary>
public sealed class MeetingRequestRulesTests
{
    private static async Task SettingsAsync(MeetingsApp app, Action<MatchmakingSettings> change)
    {
        var eventId = await app.EventIdAsync();
        await app.WithDbAsync(async db =>
        {
            var settings = await db.MatchmakingSettings.FirstOrDefaultAsync(s => s.EventId == eventId);
            if (settings is null)
            {
                settings = new MatchmakingSettings { EventId = eventId };
                db.MatchmakingSettings.Add(settings);
            }
            change(settings);
            return await db.SaveChangesAsync();
        });
    }

    private static async Task<HttpResponseMessage> RequestAsync(MeetingsApp app, Participant from, Participant to) =>
        await from.Client.PostAsJsonAsync($"/api/v1/events/{await app.EventIdAsync()}/meeting-requests", new { toRegistrationId = to.RegistrationId });

    [Fact]
    public async Task The_request_quota_refuses_one_more_than_allowed()
    {
        using var app = new MeetingsApp();
        await SettingsAsync(app, s => s.MaxRequestsPerParticipant = 2);
        var sender = await app.ParticipantAsync("Quota Sender", "US", "Axiom Space");
        var others = new[]
        {
            await app.ParticipantAsync("One", "KR", "MSIT"),
            await app.ParticipantAsync("Two", "KR", "NSpC"),
            await app.ParticipantAsync("Three", "KR", "OSC"),
        };

        Assert.Equal(HttpStatusCode.Created, (await RequestAsync(app, sender, others[0])).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await RequestAsync(app, sender, others[1])).StatusCode);
        var third = await RequestAsync(app, sender, others[2]);

        Assert.Equal(HttpStatusCode.BadRequest, third.StatusCode);
        Assert.Contains("limit of 2", await third.Content.ReadAsStringAsync());
        Assert.Equal(2, await app.WithDbAsync(db => db.MeetingRequests.CountAsync(r => r.FromRegistrationId == sender.RegistrationId)));
    }

    [Fact]
    public async Task A_pending_request_expires_after_the_configured_days_and_can_no_longer_be_accepted()
    {
        using var app = new MeetingsApp();
        await SettingsAsync(app, s => s.RequestExpiryDays = 3);
        var a = await app.ParticipantAsync("Early Bird", "US", "Rocket Lab");
        var b = await app.ParticipantAsync("Late Answer", "KR", "MSIT");
        var created = await RequestAsync(app, a, b);
        var id = (await created.Content.ReadFromJsonAsync<IdOnly>())!.Id;

        app.Clock.Now = app.Clock.Now.AddDays(3).AddMinutes(1);
        var list = await b.Client.GetStringAsync($"/api/v1/events/{await app.EventIdAsync()}/meeting-requests");
        var accept = await b.Client.PostAsync($"/api/v1/meeting-requests/{id}/accept", null);

        Assert.Contains("\"status\":\"Expired\"", list);
        Assert.Equal(HttpStatusCode.Conflict, accept.StatusCode);
        Assert.Equal(MeetingRequestStatus.Expired, await app.WithDbAsync(db => db.MeetingRequests.Where(r => r.Id == id).Select(r => r.Status).SingleAsync()));
        // An expired request frees the pair: a new one may be sent.
        Assert.Equal(HttpStatusCode.Created, (await RequestAsync(app, a, b)).StatusCode);
    }

    [Fact]
    public async Task Requests_outside_the_request_window_are_refused()
    {
        using var app = new MeetingsApp();
        await SettingsAsync(app, s => s.RequestsCloseUtc = app.Clock.Now.UtcDateTime.AddDays(-1));
        var a = await app.ParticipantAsync("Too Late", "MX", organizationName: "Late Co.");
        var b = await app.ParticipantAsync("Anyone", "KR", "MSIT");

        var response = await RequestAsync(app, a, b);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not open", await response.Content.ReadAsStringAsync());
    }

    private sealed record IdOnly(int Id);
}
