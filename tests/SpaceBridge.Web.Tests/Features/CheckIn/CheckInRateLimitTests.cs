using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.CheckIn;

public sealed class CheckInRateLimitTests : IDisposable
{
    private sealed class LowLimitApp : SpaceBridgeFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("RateLimits:CheckIn:PermitLimit", "3");
        }
    }

    private readonly LowLimitApp _app = new();

    [Fact]
    public async Task Scans_beyond_the_check_in_limit_get_429_and_are_not_recorded()
    {
        var eventId = await _app.EventIdAsync();
        var people = new List<Registration>();
        for (var i = 0; i < 4; i++)
        {
            people.Add(await _app.RegisterAsync(eventId, $"Limited {i}"));
        }
        var desk = await _app.CreateBearerClientAsync(await _app.OrganizerAsync());

        var statuses = new List<HttpStatusCode>();
        foreach (var person in people)
        {
            var response = await desk.PostAsJsonAsync($"/api/v1/events/{eventId}/check-ins", new { token = _app.SignedToken(person) });
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(0, await _app.CheckInCountAsync(people[3].Id));
    }

    public void Dispose() => _app.Dispose();
}
