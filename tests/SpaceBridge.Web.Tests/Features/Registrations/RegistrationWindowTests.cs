using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.DemoData;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Registrations;

/// <summary>Registering is possible only while the event's registration window is open; the 2023 demo events' window has closed.</summary>
public sealed class RegistrationWindowTests : IDisposable
{
    private readonly SpaceBridgeFactory _factory = new() { ReopenDemoRegistration = false };

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Registering_for_a_2023_demo_event_is_refused_with_409_and_the_page_says_registration_has_closed()
    {
        var eventId = await _factory.EventIdAsync(DemoForumSeeder.Day1Slug);
        var client = await _factory.SignInAsync(await _factory.CreateUserAsync());
        var before = await DatabaseFingerprint.TakeAsync(_factory);

        var response = await client.PostAsJsonAsync($"/api/v1/events/{eventId}/registrations", RegistrationRequests.Details("Late Comer"), ApiJson.Options);

        var problem = await ApiClient.AssertProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Contains("2023-11-07 00:00", problem.GetProperty("detail").GetString());
        Assert.Empty(DatabaseFingerprint.Changed(before, await DatabaseFingerprint.TakeAsync(_factory)));
        var page = await client.GetOkPageAsync($"/events/{eventId}/register");
        Assert.Null(page.QuerySelector("form.account-form"));
        Assert.Contains("2023-11-07 00:00", page.QuerySelector("p.notice")!.TextContent);
    }

    [Fact]
    public async Task Before_the_window_opens_the_page_says_when_it_opens_and_the_API_refuses()
    {
        var eventId = await _factory.EventIdAsync(DemoForumSeeder.Day2Slug);
        await _factory.WithDbAsync(db => db.Events.Where(e => e.Id == eventId).ExecuteUpdateAsync(u => u
            .SetProperty(e => e.RegistrationOpensAtUtc, new DateTime(2099, 1, 1, 0, 0, 0, DateTimeKind.Utc))
            .SetProperty(e => e.RegistrationClosesAtUtc, (DateTime?)null)));
        var client = await _factory.SignInAsync(await _factory.CreateUserAsync());

        var response = await client.PostAsJsonAsync($"/api/v1/events/{eventId}/registrations", RegistrationRequests.Details("Early Bird"), ApiJson.Options);

        await ApiClient.AssertProblemAsync(response, HttpStatusCode.Conflict);
        var page = await client.GetOkPageAsync($"/events/{eventId}/register");
        Assert.Null(page.QuerySelector("form.account-form"));
        Assert.Contains("2099-01-01 09:00", page.QuerySelector("p.notice")!.TextContent);
    }

    [Fact]
    public async Task Inside_the_window_registration_is_accepted()
    {
        var eventId = await _factory.EventIdAsync(DemoForumSeeder.Day2Slug);
        await _factory.WithDbAsync(db => db.Events.Where(e => e.Id == eventId).ExecuteUpdateAsync(u => u
            .SetProperty(e => e.RegistrationOpensAtUtc, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc))
            .SetProperty(e => e.RegistrationClosesAtUtc, new DateTime(2099, 1, 1, 0, 0, 0, DateTimeKind.Utc))));
        var client = await _factory.SignInAsync(await _factory.CreateUserAsync());

        var response = await client.PostAsJsonAsync($"/api/v1/events/{eventId}/registrations", RegistrationRequests.Details("On Time"), ApiJson.Options);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
