using System.Net.Http.Json;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Matchmaking.Scheduling;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Matchmaking.Scheduling;

/// <summary>The app with a worker that only runs what it is woken for, so rows queued straight in the database stay queued.</summary>
public sealed class QuietWorkerApp : SpaceBridgeFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Matchmaking:RunPollSeconds", "3600");
    }
}

/// <summary>POST schedule-runs queues a run only for a well-formed request, and only while the event has room in its queue.</summary>
public sealed class ScheduleRunRequestTests(QuietWorkerApp app) : IClassFixture<QuietWorkerApp>
{
    public static TheoryData<string, string, HttpStatusCode> Refused => new()
    {
        { "application/json", "null", HttpStatusCode.BadRequest },
        { "application/json", "{}", HttpStatusCode.BadRequest },
        { "application/json", """{"kind":"Full","priority":"high"}""", HttpStatusCode.BadRequest },
        { "application/json", """{"kind":0}""", HttpStatusCode.BadRequest },
        { "application/json", """{"kind":"Partial"}""", HttpStatusCode.BadRequest },
        { "application/json", """{"kind":"Full","timeLimitSeconds":0}""", HttpStatusCode.BadRequest },
        { "application/json", """{"kind":"Full","timeLimitSeconds":100000}""", HttpStatusCode.BadRequest },
        { "application/json", """{"kind":"Full",""", HttpStatusCode.BadRequest },
        { "application/x-www-form-urlencoded", "kind=Full", HttpStatusCode.UnsupportedMediaType },
        { "text/plain", "Full", HttpStatusCode.UnsupportedMediaType },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_malformed_request_queues_nothing(string contentType, string body, HttpStatusCode expected)
    {
        var (organizer, eventId) = await OrganizerAsync();
        var before = await RunCountAsync(eventId);

        var response = await organizer.PostAsync($"/api/v1/events/{eventId}/schedule-runs", new StringContent(body, Encoding.UTF8, contentType));

        await ApiClient.AssertProblemAsync(response, expected);
        Assert.Equal(before, await RunCountAsync(eventId));
    }

    [Fact]
    public async Task A_request_without_a_body_queues_nothing()
    {
        var (organizer, eventId) = await OrganizerAsync();
        var before = await RunCountAsync(eventId);

        var response = await organizer.PostAsync($"/api/v1/events/{eventId}/schedule-runs", null);

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnsupportedMediaType, $"{response.StatusCode}");
        Assert.Equal(before, await RunCountAsync(eventId));
    }

    [Fact]
    public async Task No_more_than_three_runs_of_an_event_wait_at_once()
    {
        var (organizer, eventId) = await OrganizerAsync();
        await app.WithDbAsync(async db =>
        {
            db.ScheduleRuns.AddRange(Enumerable.Range(0, ScheduleRuns.MaxPendingRuns).Select(_ => new ScheduleRun
            {
                EventId = eventId, Kind = ScheduleRunKind.Full, Status = ScheduleRunStatus.Queued, Phase = "Queued",
                RequestedByUserId = "test", CreatedAtUtc = DateTime.UtcNow, TimeLimitSeconds = 1,
            }));
            return await db.SaveChangesAsync();
        });
        var before = await RunCountAsync(eventId);

        var response = await organizer.PostAsJsonAsync($"/api/v1/events/{eventId}/schedule-runs", new { kind = "Full", timeLimitSeconds = 1 });

        var problem = await ApiClient.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("already waiting or running", problem.ToString());
        Assert.Equal(before, await RunCountAsync(eventId));
        await app.WithDbAsync(db => db.ScheduleRuns.Where(r => r.EventId == eventId && r.RequestedByUserId == "test").ExecuteDeleteAsync());
    }

    [Fact]
    public async Task A_well_formed_request_is_queued()
    {
        var (organizer, eventId) = await OrganizerAsync();

        var response = await organizer.PostAsJsonAsync($"/api/v1/events/{eventId}/schedule-runs", new { kind = "Full", timeLimitSeconds = 1 });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    private async Task<(HttpClient Organizer, int EventId)> OrganizerAsync()
    {
        var eventId = await app.Day1EventIdAsync();
        await app.ConfigureAsync(eventId, slots: 4, tables: 2);
        return (await app.SignInAsync(await app.CreateUserAsync(new TestForumRole(ForumRole.Organizer))), eventId);
    }

    private Task<int> RunCountAsync(int eventId) => app.WithDbAsync(db => db.ScheduleRuns.CountAsync(r => r.EventId == eventId));
}
