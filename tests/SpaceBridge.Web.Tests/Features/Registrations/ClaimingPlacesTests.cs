using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpaceBridge.Web.Infrastructure.Security;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Registrations;

/// <summary>People registered by others are invited by e-mail and take their places over when their address is confirmed or they sign in.</summary>
public sealed class ClaimingPlacesTests : IDisposable
{
    private readonly RegistrationApp _app = new();

    public void Dispose() => _app.Dispose();

    private async Task ImportAsync(int eventId, string domain)
    {
        var organizer = await _app.OrganizerClientAsync($"importer-{Guid.NewGuid():N}@example.com");
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(ImportCsv.Bytes(ImportCsv.Lines(2, domain)));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "people.csv");
        var response = await organizer.PostAsync($"/api/v1/events/{eventId}/registrations/import?dryRun=false", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task An_imported_person_is_invited_with_links_on_the_public_address_and_owns_the_place_once_the_address_is_confirmed()
    {
        var eventId = await _app.EventIdAsync();
        await ImportAsync(eventId, "invited.example");
        const string email = "person1@invited.example";

        var invitation = await MailPickup.WaitForLatestAsync(_app, email);
        Assert.Contains("You have a place at ROK-US Space Industry Symposium", invitation.Subject);
        Assert.Contains("한미 우주산업 심포지엄", invitation.Subject);
        var origin = _app.Services.GetRequiredService<PublicOrigins>().BaseUri.GetLeftPart(UriPartial.Authority);
        Assert.Contains($"{origin}/account/sign-up", invitation.TextBody);
        Assert.Contains($"{origin}/account/sign-in", invitation.TextBody);

        // The invitee signs up with the address and confirms it; the place is theirs before they open any page.
        var client = _app.CreateBrowserClient();
        client.DefaultRequestHeaders.Host = "attacker.example";
        await client.SubmitFormAsync("/account/sign-up", new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.DisplayName"] = "Hong Gil-dong", ["Input.PreferredCulture"] = "en",
            ["Input.Password.Password"] = TestAccounts.Password, ["Input.Password.ConfirmPassword"] = TestAccounts.Password,
        });
        client.DefaultRequestHeaders.Host = null;
        var confirmation = MailPickup.RequireLatestFor(_app, email);
        Assert.DoesNotContain("attacker.example", confirmation.TextBody);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(MailPickup.LinkIn(confirmation, "/account/confirm-email"))).StatusCode);

        var userId = await _app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        var registration = await _app.WithDbAsync(db => db.Registrations.SingleAsync(r => r.Email == email));
        Assert.Equal(userId, registration.UserId);
        Assert.Null(await _app.WithDbAsync(db => db.Registrations.Where(r => r.Email == "person2@invited.example").Select(r => r.UserId).SingleAsync()));
    }

    [Fact]
    public async Task An_account_confirmed_before_the_import_takes_the_place_at_sign_in_once()
    {
        var eventId = await _app.EventIdAsync();
        var user = await _app.UserAsync("person1@existing.example");
        await ImportAsync(eventId, "existing.example");

        var client = _app.CreateBrowserClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(user.Email, user.Password)).StatusCode);
        Assert.Equal(user.Id, await _app.WithDbAsync(db => db.Registrations.Where(r => r.Email == user.Email).Select(r => r.UserId).SingleAsync()));
        var claims = await _app.AuditCountAsync("registration.claimed");
        Assert.Equal(1, claims);

        Assert.Equal(HttpStatusCode.Redirect, (await _app.CreateBrowserClient().SignInAsync(user.Email, user.Password)).StatusCode);
        Assert.Equal(claims, await _app.AuditCountAsync("registration.claimed"));
    }
}
