using System.Net.Http.Json;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpaceBridge.Web.DemoData;
using SpaceBridge.Web.Features.Matchmaking.Requests;
using SpaceBridge.Web.Features.Matchmaking.Scheduling;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Matchmaking.Scheduling;

/// <summary>Matchmaking data for scheduling tests, written straight to the database of a factory.</summary>
public static class MatchmakingData
{
    public static readonly ClaimsPrincipal Actor = new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "test-system")], "test"));

    public static Task<int> Day1EventIdAsync(this SpaceBridgeFactory factory) =>
        factory.WithDbAsync(db => db.Events.Where(e => e.Slug == DemoForumSeeder.Day1Slug).Select(e => e.Id).SingleAsync());

    /// <summary>Settings of one afternoon block of <paramref name="slots"/> 20-minute slots on the event's first day, and the tables.</summary>
    public static async Task ConfigureAsync(this SpaceBridgeFactory factory, int eventId, int slots, int tables)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var ev = await db.Events.SingleAsync(e => e.Id == eventId);
        var start = new TimeOnly(13, 0);
        var input = new MatchmakingSettingsInput(20, [new MeetingBlock(ev.StartDate, start, start.AddMinutes(20 * slots))], tables, null, null, 20, 7);
        await scope.ServiceProvider.GetRequiredService<MatchmakingSettingsEditor>().SaveAsync(eventId, input, Actor, CancellationToken.None);
    }

    public static Task<List<int>> AddApprovedRegistrationsAsync(this SpaceBridgeFactory factory, int eventId, int count, string prefix) =>
        factory.WithDbAsync(async db =>
        {
            var countries = new[] { "KR", "US" };
            var added = Enumerable.Range(0, count).Select(i => new Registration
            {
                EventId = eventId, Email = $"{prefix}-{i}-{Guid.NewGuid():N}@example.org", RomanizedName = $"{prefix} {i}",
                OrganizationName = $"{prefix} Org {i}", CountryCode = countries[i % 2], Status = RegistrationStatus.Approved,
                ConsentToProcessing = true, BadgeToken = BadgeTokens.New(),
            }).ToList();
            db.Registrations.AddRange(added);
            await db.SaveChangesAsync();
            return added.Select(r => r.Id).ToList();
        });

    public static Task<List<int>> AddRequestsAsync(this SpaceBridgeFactory factory, int eventId, IEnumerable<(int From, int To)> pairs,
        MeetingRequestStatus status = MeetingRequestStatus.Accepted) =>
        factory.WithDbAsync(async db =>
        {
            var now = DateTime.UtcNow;
            var added = pairs.Select(p => new MeetingRequest
            {
                EventId = eventId, FromRegistrationId = p.From, ToRegistrationId = p.To, Status = status,
                CreatedAtUtc = now, ExpiresAtUtc = now.AddDays(7), RespondedAtUtc = status == MeetingRequestStatus.Pending ? null : now,
            }).ToList();
            db.MeetingRequests.AddRange(added);
            await db.SaveChangesAsync();
            return added.Select(r => r.Id).ToList();
        });

    /// <summary>Every pair among the first <paramref name="people"/> registrations, as one request each.</summary>
    public static IEnumerable<(int, int)> AllPairs(IReadOnlyList<int> registrations, int people)
    {
        for (var a = 0; a < people; a++)
        {
            for (var b = a + 1; b < people; b++)
            {
                yield return (registrations[a], registrations[b]);
            }
        }
    }

    /// <summary>Queues a run through the API and polls its status endpoint until it ends.</summary>
    public static async Task<ScheduleRunDto> RunToEndAsync(this HttpClient organizer, int eventId, string kind = "Full", int timeLimitSeconds = 2)
    {
        var response = await organizer.PostAsJsonAsync($"/api/v1/events/{eventId}/schedule-runs", new { kind, timeLimitSeconds });
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        var deadline = DateTime.UtcNow.AddSeconds(timeLimitSeconds + 60);
        while (DateTime.UtcNow < deadline)
        {
            var run = await organizer.GetFromJsonAsync<ScheduleRunDto>(location, Json);
            if (run!.IsFinished)
            {
                return run;
            }
            await Task.Delay(200);
        }
        throw new Xunit.Sdk.XunitException($"Run {location} did not finish in time");
    }

    public static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };
}
