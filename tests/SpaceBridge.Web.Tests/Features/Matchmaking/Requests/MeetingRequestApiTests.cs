using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Matchmaking.Requests;
using SpaceBridge.Web.Tests.Infrastructure.Errors;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Matchmaking.Requests;

public sealed class MeetingRequestApiTests(MeetingsApp app) : IClassFixture<MeetingsApp>
{
    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    private async Task<HttpResponseMessage> RequestAsync(Participant from, Participant to, string? message = null) =>
        await from.Client.PostAsJsonAsync($"/api/v1/events/{await app.EventIdAsync()}/meeting-requests",
            new { toRegistrationId = to.RegistrationId, message });

    private async Task<int> RequestIdAsync(Participant from, Participant to, string? message = null)
    {
        var response = await RequestAsync(from, to, message);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await JsonAsync(response)).GetProperty("id").GetInt32();
    }

    private Task<MeetingRequest> StoredAsync(int id) => app.WithDbAsync(db => db.MeetingRequests.AsNoTracking().SingleAsync(r => r.Id == id));

    [Fact]
    public async Task A_request_mails_the_recipient_and_accepting_it_mails_the_sender()
    {
        var korean = await app.ParticipantAsync("Kim Min-jun", "KR", "MSIT", culture: "ko");
        var american = await app.ParticipantAsync("Alice Walker", "US", "LeoLabs");
        var id = await RequestIdAsync(korean, american, "Let us talk about SSA data sharing.");

        var invitation = MailPickup.RequireLatestFor(app, american.User.Email);
        Assert.Contains("Kim Min-jun", invitation.Subject);
        Assert.Contains("Let us talk about SSA data sharing.", invitation.TextBody);
        Assert.Contains("미팅", invitation.TextBody);

        var incoming = await JsonAsync(await american.Client.GetAsync($"/api/v1/events/{await app.EventIdAsync()}/meeting-requests"));
        var row = incoming.EnumerateArray().Single(r => r.GetProperty("id").GetInt32() == id);
        Assert.Equal("incoming", row.GetProperty("direction").GetString());
        Assert.Equal("Let us talk about SSA data sharing.", row.GetProperty("message").GetString());

        var accepted = await american.Client.PostAsync($"/api/v1/meeting-requests/{id}/accept", null);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("Accepted", (await JsonAsync(accepted)).GetProperty("status").GetString());
        var answer = MailPickup.RequireLatestFor(app, korean.User.Email);
        Assert.StartsWith("Alice Walker 님이 미팅 요청을 수락했습니다", answer.Subject);
    }

    [Fact]
    public async Task Accepting_twice_is_refused_the_second_time_and_changes_nothing()
    {
        var a = await app.ParticipantAsync("Somchai P.", "TH", organizationName: "Bangkok Orbital Co.");
        var b = await app.ParticipantAsync("Maria Lopez", "MX", organizationName: "Puebla Satellites");
        var id = await RequestIdAsync(a, b);
        Assert.Equal(HttpStatusCode.OK, (await b.Client.PostAsync($"/api/v1/meeting-requests/{id}/accept", null)).StatusCode);
        var before = await StoredAsync(id);

        var again = await b.Client.PostAsync($"/api/v1/meeting-requests/{id}/accept", null);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("accepted", (await JsonAsync(again)).GetProperty("detail").GetString());
        var after = await StoredAsync(id);
        Assert.Equal((before.Status, before.Version, before.RespondedAtUtc), (after.Status, after.Version, after.RespondedAtUtc));
    }

    [Fact]
    public async Task A_stale_version_and_a_cancelled_request_cannot_be_accepted()
    {
        var a = await app.ParticipantAsync("Lee Ji-woo", "KR", "NSpC");
        var b = await app.ParticipantAsync("Tan Wei", "MY", organizationName: "Kuala Lumpur Ground Systems");
        var id = await RequestIdAsync(a, b);
        var version = (await StoredAsync(id)).Version;
        Assert.Equal(HttpStatusCode.Conflict, (await b.Client.PostAsync($"/api/v1/meeting-requests/{id}/accept?version={version + 7}", null)).StatusCode);
        Assert.Equal(MeetingRequestStatus.Pending, (await StoredAsync(id)).Status);

        Assert.Equal(HttpStatusCode.OK, (await a.Client.PostAsync($"/api/v1/meeting-requests/{id}/cancel?version={version}", null)).StatusCode);
        var refused = await b.Client.PostAsync($"/api/v1/meeting-requests/{id}/accept", null);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(MeetingRequestStatus.Cancelled, (await StoredAsync(id)).Status);
    }

    [Fact]
    public async Task Declining_with_a_reason_mails_the_sender_the_reason()
    {
        var a = await app.ParticipantAsync("John Carter", "US", "Axiom Space");
        var b = await app.ParticipantAsync("Park Seo-yeon", "KR", "OSC");
        var id = await RequestIdAsync(a, b);

        var declined = await b.Client.PostAsJsonAsync($"/api/v1/meeting-requests/{id}/decline", new { reason = "Our launch manifest is full this year." });

        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
        var mail = MailPickup.RequireLatestFor(app, a.User.Email);
        Assert.StartsWith("Park Seo-yeon declined your meeting request", mail.Subject);
        Assert.Contains("Our launch manifest is full this year.", mail.TextBody);
        var stored = await StoredAsync(id);
        Assert.Equal((MeetingRequestStatus.Declined, "Our launch manifest is full this year."), (stored.Status, stored.DeclineReason));
    }

    [Fact]
    public async Task A_second_open_request_between_the_same_pair_is_refused_in_either_direction()
    {
        var a = await app.ParticipantAsync("Nok Chai", "TH", organizationName: "Chiang Mai Space Lab");
        var b = await app.ParticipantAsync("Bob Stone", "US", "Capella Space");
        await RequestIdAsync(a, b);

        Assert.Equal(HttpStatusCode.BadRequest, (await RequestAsync(a, b)).StatusCode);
        var reverse = await RequestAsync(b, a);
        Assert.Equal(HttpStatusCode.BadRequest, reverse.StatusCode);
        Assert.Contains("already an open request", (await reverse.Content.ReadAsStringAsync()));
        Assert.Equal(1, await app.WithDbAsync(db => db.MeetingRequests.CountAsync(r =>
            (r.FromRegistrationId == a.RegistrationId && r.ToRegistrationId == b.RegistrationId) || (r.FromRegistrationId == b.RegistrationId && r.ToRegistrationId == a.RegistrationId))));
    }

    [Fact]
    public async Task Requests_to_oneself_or_to_ones_own_organization_are_refused()
    {
        var a = await app.ParticipantAsync("Choi Dae-ho", "KR", "NSC");
        var colleague = await app.ParticipantAsync("Choi Eun-ji", "KR", "NSC");

        Assert.Equal(HttpStatusCode.BadRequest, (await RequestAsync(a, a)).StatusCode);
        var own = await RequestAsync(a, colleague);
        Assert.Equal(HttpStatusCode.BadRequest, own.StatusCode);
        Assert.Contains("your own organization", await own.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_third_delegate_can_neither_read_nor_answer_someone_elses_request()
    {
        var a = await app.ParticipantAsync("Eve Adams", "US", "Voyager Space");
        var b = await app.ParticipantAsync("Han Ji-min", "KR", "DOS");
        var c = await app.ParticipantAsync("Carlos Ruiz", "MX", organizationName: "Mexican Orbital Institute");
        var id = await RequestIdAsync(a, b, "Confidential: our pricing for the ground station.");

        var list = await c.Client.GetStringAsync($"/api/v1/events/{await app.EventIdAsync()}/meeting-requests");
        Assert.DoesNotContain("Confidential", list);
        foreach (var action in new[] { "accept", "cancel" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await c.Client.PostAsync($"/api/v1/meeting-requests/{id}/{action}", null)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await c.Client.PostAsJsonAsync($"/api/v1/meeting-requests/{id}/decline", new { reason = "x" })).StatusCode);
        // The sender cannot accept their own request either.
        Assert.Equal(HttpStatusCode.NotFound, (await a.Client.PostAsync($"/api/v1/meeting-requests/{id}/accept", null)).StatusCode);
        Assert.Equal(MeetingRequestStatus.Pending, (await StoredAsync(id)).Status);
    }

    [Fact]
    public async Task Refused_answers_are_problems_naming_why_and_leave_the_request_as_it_was()
    {
        var a = await app.ParticipantAsync("Ines Duarte", "MX", organizationName: "Lisbon Launch Services");
        var b = await app.ParticipantAsync("Yoon Tae-hee", "KR", organizationName: "Busan Rocket Works");
        var c = await app.ParticipantAsync("Omar Haddad", "TH", organizationName: "Dubai Orbital Works");
        var id = await RequestIdAsync(a, b);

        var notTheirs = await c.Client.PostAsync($"/api/v1/meeting-requests/{id}/accept", null);
        await ApiErrorAnswers.AssertShapeAsync(notTheirs, HttpStatusCode.NotFound, "Not found", "There is no such meeting request among yours.");
        Assert.Equal(MeetingRequestStatus.Pending, (await StoredAsync(id)).Status);

        Assert.Equal(HttpStatusCode.OK, (await b.Client.PostAsync($"/api/v1/meeting-requests/{id}/accept", null)).StatusCode);
        // Only the sender may cancel: to the recipient there is no such request to cancel.
        var cancelledByRecipient = await b.Client.PostAsync($"/api/v1/meeting-requests/{id}/cancel", null);
        await ApiErrorAnswers.AssertShapeAsync(cancelledByRecipient, HttpStatusCode.NotFound, "Not found", "There is no such meeting request among yours.");
        var again = await b.Client.PostAsync($"/api/v1/meeting-requests/{id}/accept", null);
        var problem = await ApiErrorAnswers.AssertShapeAsync(again, HttpStatusCode.Conflict, "The request cannot be answered.", "");
        Assert.Contains("accepted", problem.GetProperty("detail").GetString());

        var tooLong = await b.Client.PostAsJsonAsync($"/api/v1/events/{await app.EventIdAsync()}/meeting-requests",
            new { toRegistrationId = c.RegistrationId, message = new string('m', 5000) });
        await ApiErrorAnswers.AssertValidationAsync(tooLong, "message");
    }
}
