using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Tests.Features.CheckIn;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Exhibition;

/// <summary>Scans queued offline are sent as a batch; every replay of it, after a lost answer or in a race, stores each lead once.</summary>
public class LeadSyncApiTests(SpaceBridgeFactory app) : IClassFixture<SpaceBridgeFactory>
{
    [Fact]
    public async Task Replaying_a_batch_after_a_lost_response_stores_each_lead_once()
    {
        var (exhibitorId, staff, batch, visitors) = await QueueOfThreeAsync();
        var lossy = new LosingHandler(losses: 1);
        var client = app.CreateDefaultClient(lossy);
        client.DefaultRequestHeaders.Authorization = (await app.CreateBearerClientAsync(staff)).DefaultRequestHeaders.Authorization;

        // The server stores the batch, but its answer never reaches the phone.
        await Assert.ThrowsAsync<HttpRequestException>(() => client.PostAsJsonAsync($"/api/v1/exhibitors/{exhibitorId}/leads/batch", batch));
        Assert.Equal(3, (await app.LeadsAsync(exhibitorId)).Count);

        var retry = await client.PostAsJsonAsync($"/api/v1/exhibitors/{exhibitorId}/leads/batch", batch);
        var again = await client.PostAsJsonAsync($"/api/v1/exhibitors/{exhibitorId}/leads/batch", batch);

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        var retried = await Outcomes(retry);
        Assert.All(retried, o => Assert.Equal("existing", o.Outcome));
        Assert.Equal(await Outcomes(again), retried);
        var stored = await app.LeadsAsync(exhibitorId);
        Assert.Equal(3, stored.Count);
        Assert.Equal(batch.scans.Select(s => s.clientScanId).Order(), stored.Select(l => l.ClientScanId).Order());
        Assert.Equal(visitors.Order(), stored.Select(l => l.RegistrationId).Order());
        Assert.Equal(retried.Select(o => o.LeadId).Order(), stored.Select(l => l.Id).Order());
        Assert.Equal(4, stored.Single(l => l.ClientScanId == batch.scans[0].clientScanId).Rating);
    }

    [Fact]
    public async Task Two_replays_racing_each_other_store_each_lead_once()
    {
        var (exhibitorId, staff, batch, _) = await QueueOfThreeAsync();
        var phone = await app.CreateBearerClientAsync(staff);
        var tablet = await app.CreateBearerClientAsync(staff);

        var responses = await Task.WhenAll(
            phone.PostAsJsonAsync($"/api/v1/exhibitors/{exhibitorId}/leads/batch", batch),
            tablet.PostAsJsonAsync($"/api/v1/exhibitors/{exhibitorId}/leads/batch", batch));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var outcomes = (await Outcomes(responses[0])).Concat(await Outcomes(responses[1])).ToList();
        Assert.Equal(3, outcomes.Count(o => o.Outcome == "recorded"));
        Assert.Equal(3, outcomes.Count(o => o.Outcome == "existing"));
        Assert.Equal(3, (await app.LeadsAsync(exhibitorId)).Count);
    }

    [Fact]
    public async Task A_single_scan_sent_twice_is_created_once_then_answered_with_the_same_lead()
    {
        var eventId = await app.EventIdAsync();
        var staff = await app.CreateUserAsync();
        var exhibitorId = await app.ExhibitorAsync(eventId, "Retry Orbital", staff);
        var visitor = await app.RegisterAsync(eventId, "Kim Retry");
        var client = await app.CreateBearerClientAsync(staff);
        var scan = new { clientScanId = Guid.NewGuid().ToString("N"), token = app.SignedToken(visitor), notes = "Wants a demo" };

        var first = await client.PostAsJsonAsync($"/api/v1/exhibitors/{exhibitorId}/leads", scan);
        var second = await client.PostAsJsonAsync($"/api/v1/exhibitors/{exhibitorId}/leads", scan);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var a = await first.Content.ReadFromJsonAsync<JsonElement>();
        var b = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(a.GetProperty("id").GetInt32(), b.GetProperty("id").GetInt32());
        Assert.True(a.GetProperty("anonymous").GetBoolean());
        Assert.Equal(JsonValueKind.Null, a.GetProperty("visitor").ValueKind);
        Assert.Single(await app.LeadsAsync(exhibitorId));
    }

    [Fact]
    public async Task Only_the_exhibitors_staff_may_scan_and_a_bad_badge_stores_nothing()
    {
        var eventId = await app.EventIdAsync();
        var staff = await app.CreateUserAsync();
        var exhibitorId = await app.ExhibitorAsync(eventId, "Guarded Space", staff);
        var visitor = await app.RegisterAsync(eventId, "Park Guard");
        var stranger = await app.CreateBearerClientAsync(await app.CreateUserAsync());
        var own = await app.CreateBearerClientAsync(staff);

        var foreign = await stranger.PostAsJsonAsync($"/api/v1/exhibitors/{exhibitorId}/leads",
            new { clientScanId = "a1", token = app.SignedToken(visitor) });
        var missing = await own.PostAsJsonAsync("/api/v1/exhibitors/999999/leads", new { clientScanId = "a2", token = app.SignedToken(visitor) });
        var forged = await own.PostAsJsonAsync($"/api/v1/exhibitors/{exhibitorId}/leads", new { clientScanId = "a3", token = visitor.BadgeToken });
        var badId = await own.PostAsJsonAsync($"/api/v1/exhibitors/{exhibitorId}/leads", new { clientScanId = "no spaces", token = app.SignedToken(visitor) });

        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badId.StatusCode);
        Assert.Empty(await app.LeadsAsync(exhibitorId));
    }

    private async Task<(int ExhibitorId, TestUser Staff, Batch Batch, int[] Visitors)> QueueOfThreeAsync()
    {
        var eventId = await app.EventIdAsync();
        var staff = await app.CreateUserAsync();
        var exhibitorId = await app.ExhibitorAsync(eventId, $"Queue Orbital {Guid.NewGuid():N}", staff);
        var visitors = new List<Registration>();
        for (var i = 0; i < 3; i++)
        {
            var visitor = await app.RegisterAsync(eventId, $"Visitor {i}");
            await app.SetConsentAsync(visitor.Id, i % 2 == 0);
            visitors.Add(visitor);
        }
        var scannedAt = DateTime.UtcNow.AddMinutes(-30);
        var batch = new Batch([.. visitors.Select((v, i) => new Scan(Guid.NewGuid().ToString(), app.SignedToken(v), scannedAt.AddMinutes(i), i == 0 ? 4 : null, $"note {i}"))]);
        return (exhibitorId, staff, batch, [.. visitors.Select(v => v.Id)]);
    }

    private static async Task<List<(string ClientScanId, string Outcome, int LeadId)>> Outcomes(HttpResponseMessage response)
    {
        var items = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. items.EnumerateArray().Select(i => (i.GetProperty("clientScanId").GetString()!, i.GetProperty("outcome").GetString()!,
            i.GetProperty("lead").GetProperty("id").GetInt32()))];
    }

    private sealed record Scan(string clientScanId, string token, DateTime scannedAtUtc, int? rating, string notes);

    private sealed record Batch(Scan[] scans);

    /// <summary>Lets the request reach the server, then loses the answer, the first <c>losses</c> times.</summary>
    private sealed class LosingHandler(int losses) : DelegatingHandler
    {
        private int _left = losses;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (Interlocked.Decrement(ref _left) >= 0)
            {
                response.Dispose();
                throw new HttpRequestException("The connection dropped before the answer arrived.");
            }
            return response;
        }
    }
}
