using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Matchmaking.Requests;
using SpaceBridge.Web.Features.Matchmaking.Scheduling;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Matchmaking.Scheduling;

/// <summary>
/// Locks that cannot hold, counted in the schedule-run API; a lock whose request left the schedule (declined, cancelled,
/// a participant no longer approved) is ignored by runs and shown as stale until an organizer unlocks it.
/// </summary>
public sealed class StaleLockTests : IDisposable
{
    private readonly SpaceBridgeFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private Task<ScheduleProposal> ProposalAsync(int runId) =>
        _factory.WithDbAsync(async db => ScheduleProposal.FromJson(await db.ScheduleRuns.Where(r => r.Id == runId).Select(r => r.ResultJson).SingleAsync())!);

    private async Task<(int EventId, List<int> People, HttpClient Organizer)> TriangleAsync(string prefix)
    {
        var eventId = await _factory.Day1EventIdAsync();
        await _factory.ConfigureAsync(eventId, slots: 4, tables: 2);
        var people = await _factory.AddApprovedRegistrationsAsync(eventId, 4, prefix);
        await _factory.AddRequestsAsync(eventId, MatchmakingData.AllPairs(people, 3));
        var organizer = await _factory.SignInAsync(await _factory.CreateUserAsync(new TestForumRole(ForumRole.Organizer)));
        return (eventId, people, organizer);
    }

    private static async Task<string> LockAsync(HttpClient organizer, int eventId, int runId, ProposedMeeting meeting)
    {
        var response = await organizer.PostAsJsonAsync($"/api/v1/events/{eventId}/schedule-runs/{runId}/locks",
            new { requestId = meeting.RequestId, slotId = meeting.SlotId, locationId = meeting.LocationId });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return response.Headers.ETag!.Tag;
    }

    [Fact]
    public async Task A_declined_requests_lock_is_ignored_by_the_next_run_counted_in_its_api_and_shown_stale_until_unlocked()
    {
        var (eventId, _, organizer) = await TriangleAsync("Declined");
        var first = await organizer.RunToEndAsync(eventId);
        Assert.Equal(0, first.LocksNotHeld);
        var locked = (await ProposalAsync(first.Id)).Meetings[0];
        var etag = await LockAsync(organizer, eventId, first.Id, locked);
        await _factory.WithDbAsync(db => db.MeetingRequests.Where(r => r.Id == locked.RequestId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, MeetingRequestStatus.Declined)));

        var second = await organizer.RunToEndAsync(eventId);

        Assert.Equal((ScheduleRunStatus.Succeeded, 1), (second.Status, second.LocksNotHeld));
        var proposal = await ProposalAsync(second.Id);
        var problem = Assert.Single(proposal.LockProblems);
        Assert.Equal((locked.RequestId, LockProblemKind.RequestGone), (problem.RequestId, problem.Kind));
        Assert.DoesNotContain(proposal.Meetings, m => m.RequestId == locked.RequestId);
        Assert.Equal(2, proposal.Meetings.Count);
        using (var json = System.Text.Json.JsonDocument.Parse(await organizer.GetStringAsync($"/api/v1/events/{eventId}/schedule-runs/{second.Id}")))
        {
            Assert.Equal(1, json.RootElement.GetProperty("locksNotHeld").GetInt32());
        }
        var page = await organizer.GetDocumentAsync($"/organizer/events/{eventId}/matchmaking/runs/{second.Id}");
        Assert.Contains("stale: the request is no longer in the schedule", page.QuerySelector($"#lock-problems li[data-request='{locked.RequestId}']")!.TextContent);
        Assert.NotNull(page.QuerySelector($"#lock-list li[data-request='{locked.RequestId}'] form[action*='handler=Unlock']"));

        // Unlocked, the lock is gone and the next run has nothing to report.
        var unlock = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/events/{eventId}/schedule-runs/locks/{locked.RequestId}");
        unlock.Headers.TryAddWithoutValidation("If-Match", etag);
        Assert.Equal(HttpStatusCode.NoContent, (await organizer.SendAsync(unlock)).StatusCode);
        var third = await organizer.RunToEndAsync(eventId);
        Assert.Equal(0, third.LocksNotHeld);
    }

    [Fact]
    public async Task The_locks_of_a_participant_who_cancelled_their_registration_go_stale_and_the_others_hold()
    {
        var (eventId, people, organizer) = await TriangleAsync("Withdrawn");
        var first = await organizer.RunToEndAsync(eventId);
        var meetings = (await ProposalAsync(first.Id)).Meetings;
        var requests = await _factory.WithDbAsync(db => db.MeetingRequests.Where(r => r.EventId == eventId)
            .Select(r => new { r.Id, r.FromRegistrationId, r.ToRegistrationId }).ToListAsync());
        foreach (var meeting in meetings)
        {
            await LockAsync(organizer, eventId, first.Id, meeting);
        }
        // people[2] leaves: the two meetings with them leave the schedule, and their locks go stale.
        await _factory.WithDbAsync(db => db.Registrations.Where(r => r.Id == people[2])
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RegistrationStatus.Cancelled)));
        var gone = requests.Where(r => r.FromRegistrationId == people[2] || r.ToRegistrationId == people[2]).Select(r => r.Id).Order().ToList();

        var second = await organizer.RunToEndAsync(eventId);

        Assert.Equal(2, second.LocksNotHeld);
        var problems = (await ProposalAsync(second.Id)).LockProblems;
        Assert.Equal(gone, problems.Select(p => p.RequestId).Order());
        Assert.All(problems, p => Assert.Equal(LockProblemKind.RequestGone, p.Kind));
        var kept = Assert.Single((await ProposalAsync(second.Id)).Meetings);
        Assert.Equal(meetings.Single(m => !gone.Contains(m.RequestId)), kept);
    }
}
