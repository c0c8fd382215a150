using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.CheckIn;

/// <summary>Several desks scanning one badge at the same moment, on the production database.</summary>
public class PostgresConcurrentCheckInTests(PostgresSpaceBridgeFactory app) : IClassFixture<PostgresSpaceBridgeFactory>
{
    [Fact]
    public async Task Twenty_concurrent_check_ins_of_one_badge_record_exactly_one_on_postgres()
    {
        var eventId = await app.EventIdAsync();
        var registration = await app.RegisterAsync(eventId, "CHOI Yuna", "최유나");
        var token = app.SignedToken(registration);
        var desks = new List<HttpClient>();
        for (var i = 0; i < 20; i++)
        {
            desks.Add(await app.CreateBearerClientAsync(await app.OrganizerAsync()));
        }

        using var start = new SemaphoreSlim(0);
        var scans = desks.Select((desk, i) => Task.Run(async () =>
        {
            await start.WaitAsync();
            return await desk.PostAsJsonAsync($"/api/v1/events/{eventId}/check-ins", new { token, desk = $"Desk {i + 1}" });
        })).ToList();
        start.Release(scans.Count);
        var responses = await Task.WhenAll(scans);

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(19, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        var stored = await app.WithDbAsync(db => db.CheckIns.Where(c => c.RegistrationId == registration.Id).ToListAsync());
        var row = Assert.Single(stored);
        foreach (var conflict in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
        {
            var problem = await conflict.JsonAsync();
            Assert.Equal(row.Desk, problem.Str("first", "desk"));
            Assert.Equal(row.ByUserId, problem.Str("first", "byUserId"));
        }
        Assert.Equal(1, await app.AuditCountAsync("checkin.recorded", registration.Id));
    }
}
