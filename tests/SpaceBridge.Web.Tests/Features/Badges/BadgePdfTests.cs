using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Badges;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Tests.Features.CheckIn;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Badges;

public class BadgePdfTests(SpaceBridgeFactory app) : IClassFixture<SpaceBridgeFactory>
{
    [Fact]
    public async Task The_QR_code_decoded_from_ones_own_badge_checks_the_holder_in_once()
    {
        var eventId = await app.EventIdAsync();
        var holder = await app.CreateUserAsync();
        var registration = await app.RegisterAsync(eventId, "KIM Minjun", "김민준", userId: holder.Id);
        var client = await app.SignInAsync(holder);

        var response = await client.GetAsync($"/registrations/{registration.Id}/badge.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        var scanned = Assert.Single(Assert.Single(PdfInspector.QrCodesByPage(pdf)));
        Assert.Equal(registration.BadgeToken, app.Services.GetRequiredService<BadgeSigner>().Verify(scanned));
        Assert.DoesNotContain(registration.BadgeToken, scanned);
        // 132 protected bytes (header, key id, key modifier, IV, one AES block run, HMAC) in base64url: short enough for a QR version 9.
        Assert.Equal(176, scanned.Length);

        var desk = await app.CreateBearerClientAsync(await app.OrganizerAsync());
        var first = await desk.PostAsJsonAsync($"/api/v1/events/{eventId}/check-ins", new { token = scanned, desk = "A" });
        var second = await desk.PostAsJsonAsync($"/api/v1/events/{eventId}/check-ins", new { token = scanned, desk = "B" });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(1, await app.CheckInCountAsync(registration.Id));
    }

    [Fact]
    public async Task A_badge_embeds_Nanum_Gothic_and_maps_the_Hangul_name_back_to_text()
    {
        var eventId = await app.EventIdAsync();
        var holder = await app.CreateUserAsync();
        var registration = await app.RegisterAsync(eventId, "PARK Seoyeon", "박서연", userId: holder.Id);
        var client = await app.SignInAsync(holder);

        var pdf = await client.GetByteArrayAsync($"/registrations/{registration.Id}/badge.pdf");

        var raw = Encoding.Latin1.GetString(pdf);
        Assert.Matches(@"/FontName\s*/[A-Z]{6}\+NanumGothic", raw);
        Assert.Contains("/FontFile2", raw);
        var mapped = PdfInspector.MappedCodePoints(pdf);
        Assert.All("박서연", c => Assert.Contains((int)c, mapped));
        // A reader copying the badge's text gets every line back: both names and the event's name in both languages.
        var eventName = await app.WithDbAsync(db => Task.FromResult(db.Events.Where(e => e.Id == eventId).Select(e => e.Name).Single()));
        var text = PdfText.Normalize(string.Join(" ", PdfText.Pages(pdf)));
        foreach (var expected in new[] { "박서연", "PARK Seoyeon", eventName.En!, eventName.Ko! })
        {
            Assert.True(text.Contains(PdfText.Normalize(expected), StringComparison.Ordinal), $"\"{expected}\" is not in the badge's text: {text}");
        }
    }

    [Fact]
    public async Task Organizers_get_every_approved_badge_of_the_event_four_to_a_page_by_protocol_rank_then_name()
    {
        var eventId = await Attendees.EventIdAsync(app, "emerging");
        var unrankedB = await app.RegisterAsync(eventId, "Bravo Unranked");
        var minister = await app.RegisterAsync(eventId, "Zulu Minister", "장관", ParticipantType.Government, rank: 1);
        var unrankedA = await app.RegisterAsync(eventId, "Alpha Unranked", type: ParticipantType.Press, country: "US");
        var ambassador = await app.RegisterAsync(eventId, "Yankee Ambassador", type: ParticipantType.Government, country: "US", rank: 2);
        var speaker = await app.RegisterAsync(eventId, "Charlie Speaker", type: ParticipantType.Speaker, rank: 5);
        await app.RegisterAsync(eventId, "Waiting Person", status: RegistrationStatus.Waitlisted);
        var client = await app.SignInAsync(await app.OrganizerAsync());

        var response = await client.GetAsync($"/organizer/events/{eventId}/badges.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pages = PdfInspector.QrCodesByPage(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal([4, 1], pages.Select(p => p.Count));
        var signer = app.Services.GetRequiredService<BadgeSigner>();
        var printed = pages.SelectMany(p => p).Select(signer.Verify).ToList();
        Assert.Equal(new[] { minister, ambassador, speaker, unrankedA, unrankedB }.Select(r => r.BadgeToken), printed);
    }

    [Fact]
    public async Task Only_organizers_of_the_forum_may_print_an_events_badges()
    {
        var eventId = await app.EventIdAsync();
        await app.RegisterAsync(eventId, "Someone Approved");
        var delegateClient = await app.SignInAsync(await app.CreateUserAsync(new TestForumRole(ForumRole.Delegate)));
        var anonymous = app.CreateBrowserClient();

        var refused = await delegateClient.GetAsync($"/organizer/events/{eventId}/badges.pdf");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("This page is for organizers of a forum.", await refused.Content.ReadAsStringAsync());
        var signInRedirect = await anonymous.GetAsync($"/organizer/events/{eventId}/badges.pdf");
        Assert.Equal(HttpStatusCode.Redirect, signInRedirect.StatusCode);
        Assert.StartsWith("/account/sign-in", signInRedirect.Headers.Location?.PathAndQuery);
    }

    [Fact]
    public async Task Nobody_else_gets_a_participants_badge_and_unapproved_registrations_have_none()
    {
        var eventId = await app.EventIdAsync();
        var holder = await app.CreateUserAsync();
        var approved = await app.RegisterAsync(eventId, "Owner Approved", userId: holder.Id);
        var pending = await app.RegisterAsync(eventId, "Owner Pending", userId: holder.Id, status: RegistrationStatus.Submitted);
        var stranger = await app.SignInAsync(await app.CreateUserAsync());
        var owner = await app.SignInAsync(holder);

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/registrations/{approved.Id}/badge.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await owner.GetAsync($"/registrations/{pending.Id}/badge.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync("/registrations/999999/badge.pdf")).StatusCode);
    }
}
