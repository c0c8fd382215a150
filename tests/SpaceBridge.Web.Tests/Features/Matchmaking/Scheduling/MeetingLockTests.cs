using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpaceBridge.Scheduling.Validation;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Matchmaking.MyAgenda;
using SpaceBridge.Web.Features.Matchmaking.Requests;
using SpaceBridge.Web.Features.Matchmaking.Scheduling;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Matchmaking.Scheduling;

/// <summary>Organizers' locks, end to end in the app: runs, repairs, manual moves, the API's refusals.</summary>
public class MeetingLockTests : IDisposable
{
    private readonly SpaceBridgeFactory _factory;

    public MeetingLockTests() : this(new SpaceBridgeFactory())
    {
    }

    protected MeetingLockTests(SpaceBridgeFactory factory) => _factory = factory;

    public void Dispose()
    {
        _factory.Dispose();
        GC.SuppressFinalize(this);
    }

    private Task<ScheduleProposal> ProposalAsync(int runId) =>
        _factory.WithDbAsync(async db => ScheduleProposal.FromJson(await db.ScheduleRuns.Where(r => r.Id == runId).Select(r => r.ResultJson).SingleAsync())!);

    private Task<string?> JsonOfAsync(int runId) => _factory.WithDbAsync(db => db.ScheduleRuns.Where(r => r.Id == runId).Select(r => r.ResultJson).SingleAsync());

    private Task<int> LockCountAsync(int eventId) => _factory.WithDbAsync(db => db.MeetingLocks.CountAsync(l => l.EventId == eventId));

    private static Task<HttpResponseMessage> LockAsync(HttpClient organizer, int eventId, int runId, int requestId, int slotId, int locationId) =>
        organizer.PostAsJsonAsync($"/api/v1/events/{eventId}/schedule-runs/{runId}/locks", new { requestId, slotId, locationId });

    private static Task<HttpResponseMessage> UnlockAsync(HttpClient organizer, int eventId, int requestId, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/events/{eventId}/schedule-runs/locks/{requestId}");
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        return organizer.SendAsync(request);
    }

    /// <summary>Three people who all want to meet each other: one meeting per slot, so four slots leave one empty.</summary>
    private async Task<(int EventId, List<int> People, List<int> Requests, HttpClient Organizer)> TriangleAsync(string prefix)
    {
        var eventId = await _factory.Day1EventIdAsync();
        await _factory.ConfigureAsync(eventId, slots: 4, tables: 2);
        var people = await _factory.AddApprovedRegistrationsAsync(eventId, 4, prefix);
        var requests = await _factory.AddRequestsAsync(eventId, MatchmakingData.AllPairs(people, 3));
        var organizer = await _factory.SignInAsync(await _factory.CreateUserAsync(new TestForumRole(ForumRole.Organizer)));
        return (eventId, people, requests, organizer);
    }

    private Task<(List<int> Slots, List<int> Tables)> PlacesAsync(int eventId) => _factory.WithDbAsync(async db => (
        await db.MeetingSlots.Where(s => s.EventId == eventId).OrderBy(s => s.Index).Select(s => s.Id).ToListAsync(),
        await db.MeetingLocations.Where(l => l.EventId == eventId && l.Kind == MeetingLocationKind.Table).OrderBy(l => l.Name).Select(l => l.Id).ToListAsync()));

    private static Task<HttpResponseMessage> MoveAsync(HttpClient organizer, int eventId, int runId, int requestId, int slotId, int locationId) =>
        organizer.SubmitFormAsync($"/organizer/events/{eventId}/matchmaking/runs/{runId}", new Dictionary<string, string>
        {
            ["requestId"] = requestId.ToString(), ["slotId"] = slotId.ToString(), ["locationId"] = locationId.ToString(),
        }, "form#move");

    [Fact]
    public async Task A_locked_meeting_stays_put_across_a_new_run_and_a_repair_and_moves_once_unlocked()
    {
        var (eventId, people, requests, organizer) = await TriangleAsync("Lock");
        var (slots, tables) = await PlacesAsync(eventId);
        var first = await organizer.RunToEndAsync(eventId);
        var proposal = await ProposalAsync(first.Id);
        Assert.Equal(3, proposal.Meetings.Count);
        // The meeting goes by hand to the empty slot at the second table, a place no run would pick by itself, and is locked there.
        var locked = proposal.Meetings[0].RequestId;
        var emptySlot = slots.Single(s => proposal.Meetings.All(m => m.SlotId != s));
        Assert.Equal(HttpStatusCode.Redirect, (await MoveAsync(organizer, eventId, first.Id, locked, emptySlot, tables[1])).StatusCode);
        var lockResponse = await LockAsync(organizer, eventId, first.Id, locked, emptySlot, tables[1]);
        Assert.Equal(HttpStatusCode.Created, lockResponse.StatusCode);
        Assert.NotNull(lockResponse.Headers.ETag);

        // Locked: the manual move is refused with a clear message and changes nothing.
        var json = await JsonOfAsync(first.Id);
        var refused = await MoveAsync(organizer, eventId, first.Id, locked, proposal.Meetings[0].SlotId, tables[0]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("This meeting is locked: unlock it before moving it.", await refused.Content.ReadAsStringAsync());
        Assert.Equal(json, await JsonOfAsync(first.Id));

        var second = await organizer.RunToEndAsync(eventId);
        Assert.Equal(ScheduleRunStatus.Succeeded, second.Status);
        Assert.Contains(new ProposedMeeting(locked, emptySlot, tables[1]), (await ProposalAsync(second.Id)).Meetings);
        Assert.Equal(HttpStatusCode.OK, (await organizer.PostAsync($"/api/v1/events/{eventId}/schedule-runs/{second.Id}/publish", null)).StatusCode);

        // A repair after a cancellation and a new request keeps the locked meeting where it is.
        var cancelled = requests.First(r => r != locked);
        await _factory.WithDbAsync(db => db.MeetingRequests.Where(r => r.Id == cancelled)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, MeetingRequestStatus.Cancelled)));
        await _factory.AddRequestsAsync(eventId, [(people[0], people[3]), (people[1], people[3])]);
        var repair = await organizer.RunToEndAsync(eventId, "Repair");
        Assert.Equal(ScheduleRunStatus.Succeeded, repair.Status);
        var repaired = await ProposalAsync(repair.Id);
        Assert.Contains(new ProposedMeeting(locked, emptySlot, tables[1]), repaired.Meetings);
        Assert.DoesNotContain(repaired.Moves, m => m.RequestId == locked);
        Assert.Empty(repaired.LockProblems);

        // Unlocked (naming the lock's ETag), the same manual move goes through.
        var locks = await organizer.GetFromJsonAsync<List<MeetingLockDto>>($"/api/v1/events/{eventId}/schedule-runs/locks", MatchmakingData.Json);
        var version = Assert.Single(locks!).Version;
        Assert.Equal(HttpStatusCode.NoContent, (await UnlockAsync(organizer, eventId, locked, $"\"{version}\"")).StatusCode);
        var target = repaired.Meetings.Where(m => m.RequestId != locked).Select(m => m.SlotId).ToHashSet();
        var free = slots.First(s => !target.Contains(s) && s != emptySlot);
        var moved = await MoveAsync(organizer, eventId, repair.Id, locked, free, tables[0]);
        Assert.True(moved.StatusCode == HttpStatusCode.Redirect, await moved.Content.ReadAsStringAsync());
        Assert.Contains(new ProposedMeeting(locked, free, tables[0]), (await ProposalAsync(repair.Id)).Meetings);
    }

    [Fact]
    public async Task A_lock_whose_slot_became_unavailable_is_reported_on_the_run_page_and_the_run_still_succeeds()
    {
        var (eventId, people, _, organizer) = await TriangleAsync("Gone");
        var first = await organizer.RunToEndAsync(eventId);
        var meeting = (await ProposalAsync(first.Id)).Meetings[0];
        var page = $"/organizer/events/{eventId}/matchmaking/runs/{first.Id}";
        var locked = await organizer.SubmitFormAsync(page, new Dictionary<string, string>(),
            $"#schedule tr[data-request='{meeting.RequestId}'] form[action*='handler=Lock']");
        Assert.Equal(HttpStatusCode.Redirect, locked.StatusCode);
        Assert.Equal("true", (await organizer.GetDocumentAsync(page)).QuerySelector($"#schedule tr[data-request='{meeting.RequestId}']")!.GetAttribute("data-locked"));
        var someone = await _factory.WithDbAsync(db => db.MeetingRequests.Where(r => r.Id == meeting.RequestId).Select(r => r.FromRegistrationId).SingleAsync());
        await _factory.WithDbAsync(db =>
        {
            db.ParticipantUnavailabilities.Add(new ParticipantUnavailability { RegistrationId = someone, SlotId = meeting.SlotId });
            return db.SaveChangesAsync();
        });

        var second = await organizer.RunToEndAsync(eventId);

        Assert.Equal((ScheduleRunStatus.Succeeded, 1), (second.Status, second.LocksNotHeld));
        var proposal = await ProposalAsync(second.Id);
        var problem = Assert.Single(proposal.LockProblems);
        Assert.Equal((meeting.RequestId, LockProblemKind.ParticipantUnavailable), (problem.RequestId, problem.Kind));
        Assert.DoesNotContain(proposal.Meetings, m => m.RequestId == meeting.RequestId && m.SlotId == meeting.SlotId);
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var map = await scope.ServiceProvider.GetRequiredService<EventInstanceBuilder>().BuildAsync(eventId, CancellationToken.None);
            Assert.True(ScheduleValidator.Validate(map.Instance, ProposalMapper.ToSolution(map, proposal.Meetings).Solution).IsValid);
        }
        var shown = await organizer.GetDocumentAsync($"/organizer/events/{eventId}/matchmaking/runs/{second.Id}");
        Assert.Contains("is no longer free at that time", shown.QuerySelector($"#lock-problems li[data-request='{meeting.RequestId}']")!.TextContent);
    }

    [Fact]
    public async Task Stale_unknown_and_repeated_lock_requests_are_refused_and_write_nothing()
    {
        var (eventId, _, _, organizer) = await TriangleAsync("Stale");
        var (slots, tables) = await PlacesAsync(eventId);
        var run = await organizer.RunToEndAsync(eventId);
        var meeting = (await ProposalAsync(run.Id)).Meetings[0];
        var otherSlot = slots.First(s => s != meeting.SlotId);
        var audits = () => _factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EventId == eventId && a.Action.StartsWith("matchmaking.meeting-")));
        var auditsBefore = await audits();

        Assert.Equal(HttpStatusCode.Conflict, (await LockAsync(organizer, eventId, run.Id, meeting.RequestId, otherSlot, meeting.LocationId)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await LockAsync(organizer, eventId, run.Id, 2147480000, meeting.SlotId, meeting.LocationId)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await LockAsync(organizer, eventId, 999999, meeting.RequestId, meeting.SlotId, meeting.LocationId)).StatusCode);
        var missing = await organizer.PostAsJsonAsync($"/api/v1/events/{eventId}/schedule-runs/{run.Id}/locks", new { requestId = meeting.RequestId });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(0, await LockCountAsync(eventId));
        Assert.Equal(auditsBefore, await audits());

        var created = await LockAsync(organizer, eventId, run.Id, meeting.RequestId, meeting.SlotId, meeting.LocationId);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var etag = created.Headers.ETag!.Tag;
        Assert.Equal(HttpStatusCode.Conflict, (await LockAsync(organizer, eventId, run.Id, meeting.RequestId, meeting.SlotId, meeting.LocationId)).StatusCode);

        Assert.Equal(HttpStatusCode.PreconditionRequired, (await UnlockAsync(organizer, eventId, meeting.RequestId, null)).StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await UnlockAsync(organizer, eventId, meeting.RequestId, "\"2147480000\"")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await UnlockAsync(organizer, eventId, 2147480000, "*")).StatusCode);
        Assert.Equal(1, await LockCountAsync(eventId));
        Assert.Equal(auditsBefore + 1, await audits());

        Assert.Equal(HttpStatusCode.NoContent, (await UnlockAsync(organizer, eventId, meeting.RequestId, etag)).StatusCode);
        Assert.Equal(0, await LockCountAsync(eventId));
        Assert.Equal(HttpStatusCode.NotFound, (await UnlockAsync(organizer, eventId, meeting.RequestId, etag)).StatusCode);
        Assert.Equal(["matchmaking.meeting-lock", "matchmaking.meeting-unlock"], await _factory.WithDbAsync(db => db.AuditEntries
            .Where(a => a.EventId == eventId && a.Action.StartsWith("matchmaking.meeting-")).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync()));
        _ = tables;
    }
}
