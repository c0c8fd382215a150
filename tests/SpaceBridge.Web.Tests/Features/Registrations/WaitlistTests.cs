using Microsoft.Extensions.DependencyInjection;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Registrations;

public sealed class WaitlistTests : IDisposable
{
    private readonly RegistrationApp _app = new();

    [Fact]
    public async Task With_capacity_two_the_third_is_waitlisted_and_promoted_by_mail_when_someone_cancels()
    {
        var eventId = await _app.EventIdAsync();
        await _app.SetCapacityAsync(eventId, 2);
        var organizer = await _app.OrganizerClientAsync("organizer@msit.example");
        var aliceUser = await _app.UserAsync("alice@example.com");
        var alice = await (await _app.SignInAsync(aliceUser)).RegisterAsync(eventId, RegistrationRequests.Details("Alice Kim"));
        var bob = await (await _app.SignedInAsync("bob@example.com")).RegisterAsync(eventId, RegistrationRequests.Details("Bob Lee"));
        (await organizer.ReviewAsync(eventId, "Approve", alice, bob)).EnsureSuccessStatusCode();

        var carol = await (await _app.SignedInAsync("carol@example.com", "ko")).RegisterAsync(eventId, RegistrationRequests.Details("Carol Park", "KR"));
        Assert.Equal(RegistrationStatus.Waitlisted, carol.Status);

        await using (var scope = _app.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<Registrar>().CancelAsync(alice.Id, RegistrationApp.Principal(aliceUser)));
        }

        var statuses = (await _app.RegistrationsAsync(eventId)).ToDictionary(r => r.Email, r => r.Status);
        Assert.Equal(RegistrationStatus.Cancelled, statuses["alice@example.com"]);
        Assert.Equal(RegistrationStatus.Approved, statuses["bob@example.com"]);
        Assert.Equal(RegistrationStatus.Approved, statuses["carol@example.com"]);
        var mails = MailPickup.AllFor(_app, "carol@example.com");
        Assert.Equal(2, mails.Count);
        Assert.Contains("대기", mails[0].Subject);
        Assert.Contains("자리가 나서", mails[1].TextBody);
        Assert.Contains("A seat became free", mails[1].TextBody);
        Assert.Equal(1, await _app.AuditCountAsync("registration.promoted"));
        var promotion = mails[1].TextBody!;
        Assert.True(promotion.IndexOf("자리가 나서", StringComparison.Ordinal) < promotion.IndexOf("A seat became free", StringComparison.Ordinal),
            "a Korean-speaking user reads Korean first");
    }

    [Fact]
    public async Task Every_status_change_sends_an_email()
    {
        var eventId = await _app.EventIdAsync();
        var organizer = await _app.OrganizerClientAsync("org2@msit.example");
        var dave = await (await _app.SignedInAsync("dave@example.com")).RegisterAsync(eventId, RegistrationRequests.Details("Dave"));
        (await organizer.ReviewAsync(eventId, "Reject", dave)).EnsureSuccessStatusCode();

        var mails = MailPickup.AllFor(_app, "dave@example.com");
        Assert.Equal(2, mails.Count);
        Assert.StartsWith("Registration received", mails[0].Subject);
        Assert.StartsWith("Registration declined", mails[1].Subject);
        Assert.Contains("등록 거절", mails[1].Subject);
    }

    [Fact]
    public async Task Badge_tokens_are_32_random_bytes_in_base64url()
    {
        var eventId = await _app.EventIdAsync();
        var a = await (await _app.SignedInAsync("t1@example.com")).RegisterAsync(eventId, RegistrationRequests.Details("T One"));
        var b = await (await _app.SignedInAsync("t2@example.com")).RegisterAsync(eventId, RegistrationRequests.Details("T Two"));
        var tokens = (await _app.RegistrationsAsync(eventId)).Where(r => r.Id == a.Id || r.Id == b.Id).Select(r => r.BadgeToken).ToList();
        Assert.All(tokens, t => Assert.Matches("^[A-Za-z0-9_-]{43}$", t));
        Assert.NotEqual(tokens[0], tokens[1]);
    }

    public void Dispose() => _app.Dispose();
}
