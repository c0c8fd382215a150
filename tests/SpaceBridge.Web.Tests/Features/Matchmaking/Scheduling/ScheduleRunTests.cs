using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpaceBridge.Scheduling.Validation;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Matchmaking.MyAgenda;
using SpaceBridge.Web.Features.Matchmaking.Requests;
using SpaceBridge.Web.Features.Matchmaking.Scheduling;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Matchmaking.Scheduling;

public sealed class ScheduleRunTests : IDisposable
{
    private readonly SpaceBridgeFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task The_instance_holds_accepted_requests_between_approved_participants_with_their_unavailability()
    {
        var eventId = await _factory.Day1EventIdAsync();
        await _factory.ConfigureAsync(eventId, slots: 6, tables: 2);
        var people = await _factory.AddApprovedRegistrationsAsync(eventId, 4, "Map");
        var accepted = await _factory.AddRequestsAsync(eventId, [(people[0], people[1]), (people[2], people[3])]);
        await _factory.AddRequestsAsync(eventId, [(people[0], people[2])], MeetingRequestStatus.Pending);
        var firstSlot = await _factory.WithDbAsync(async db =>
        {
            var slot = await db.MeetingSlots.Where(s => s.EventId == eventId).OrderBy(s => s.Index).FirstAsync();
            db.ParticipantUnavailabilities.Add(new ParticipantUnavailability { RegistrationId = people[1], SlotId = slot.Id });
            await db.SaveChangesAsync();
            return slot.Id;
        });

        await using var scope = _factory.Services.CreateAsyncScope();
        var map = await scope.ServiceProvider.GetRequiredService<EventInstanceBuilder>().BuildAsync(eventId, CancellationToken.None);

        Assert.Equal(accepted, map.RequestIds);
        Assert.Equal(6, map.Instance.SlotCount);
        Assert.Equal(2, map.Instance.Locations.Count);
        Assert.Equal(4, map.Instance.Participants.Count);
        var p1 = map.RegistrationIds.ToList().IndexOf(people[1]);
        Assert.Equal([map.SlotOf(firstSlot)!.Value], map.Instance.Participants[p1].ForbiddenSlots);
        var empty = new SpaceBridge.Scheduling.Model.Solution { Assignments = [] };
        Assert.Empty(ScheduleValidator.Validate(map.Instance, empty).Violations);
    }

    [Fact]
    public async Task A_run_in_the_background_proposes_a_valid_schedule_and_publishing_writes_the_rows()
    {
        var eventId = await _factory.Day1EventIdAsync();
        await _factory.ConfigureAsync(eventId, slots: 6, tables: 3);
        var people = await _factory.AddApprovedRegistrationsAsync(eventId, 6, "Run");
        var requests = await _factory.AddRequestsAsync(eventId, MatchmakingData.AllPairs(people, 6));
        var organizer = await _factory.SignInAsync(await _factory.CreateUserAsync(new TestForumRole(ForumRole.Organizer)));

        var run = await organizer.RunToEndAsync(eventId);

        Assert.Equal(ScheduleRunStatus.Succeeded, run.Status);
        Assert.Equal(1.0, run.Progress);
        Assert.Equal(requests.Count, run.Statistics!.Requests);
        // 15 meetings, 6 people in 6 slots with 3 tables: at most 3 meetings per slot, each person in at most 5 of them.
        Assert.Equal(15, run.Statistics.Scheduled + run.UnscheduledCount);
        Assert.True(run.Statistics.Scheduled >= 12, $"only {run.Statistics.Scheduled} of 15 scheduled");
        await AssertProposalValidAsync(eventId, run.Id);

        var publish = await organizer.PostAsync($"/api/v1/events/{eventId}/schedule-runs/{run.Id}/publish", null);
        Assert.Equal(HttpStatusCode.OK, publish.StatusCode);

        var (meetings, attendances, status) = await _factory.WithDbAsync(async db => (
            await db.ScheduledMeetings.Where(m => m.EventId == eventId).ToListAsync(),
            await db.MeetingAttendances.Where(a => a.ScheduledMeeting.EventId == eventId).ToListAsync(),
            await db.ScheduleRuns.Where(r => r.Id == run.Id).Select(r => r.Status).SingleAsync()));
        Assert.Equal(ScheduleRunStatus.Published, status);
        Assert.Equal(run.Statistics.Scheduled, meetings.Count);
        Assert.All(meetings, m => Assert.True(m.IsPublished));
        Assert.Equal(2 * meetings.Count, attendances.Count);
        Assert.Equal(attendances.Count, attendances.Select(a => (a.RegistrationId, a.SlotId)).Distinct().Count());
        Assert.True(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "matchmaking.schedule-publish" && a.EventId == eventId)));
        var someone = meetings[0].Attendees.Count > 0 ? meetings[0].Attendees[0].RegistrationId : attendances.First(a => a.ScheduledMeetingId == meetings[0].Id).RegistrationId;
        var email = await _factory.WithDbAsync(db => db.Registrations.Where(r => r.Id == someone).Select(r => r.Email).SingleAsync());
        Assert.NotEmpty(MailPickup.AllFor(_factory, email));

        var again = await organizer.PostAsync($"/api/v1/events/{eventId}/schedule-runs/{run.Id}/publish", null);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
    }

    [Fact]
    public async Task A_repair_after_a_cancellation_keeps_every_unaffected_meeting_and_lists_the_moves()
    {
        var eventId = await _factory.Day1EventIdAsync();
        await _factory.ConfigureAsync(eventId, slots: 6, tables: 3);
        var people = await _factory.AddApprovedRegistrationsAsync(eventId, 6, "Repair");
        var requests = await _factory.AddRequestsAsync(eventId, MatchmakingData.AllPairs(people, 5));
        var organizer = await _factory.SignInAsync(await _factory.CreateUserAsync(new TestForumRole(ForumRole.Organizer)));
        var first = await organizer.RunToEndAsync(eventId);
        Assert.Equal(HttpStatusCode.OK, (await organizer.PostAsync($"/api/v1/events/{eventId}/schedule-runs/{first.Id}/publish", null)).StatusCode);
        var before = await _factory.WithDbAsync(db => db.ScheduledMeetings.Where(m => m.EventId == eventId)
            .ToDictionaryAsync(m => m.MeetingRequestId, m => (m.SlotId, m.LocationId)));

        var cancelled = before.Keys.First();
        var added = (await _factory.AddRequestsAsync(eventId, [(people[0], people[5])])).Single();
        await _factory.WithDbAsync(db => db.MeetingRequests.Where(r => r.Id == cancelled)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, MeetingRequestStatus.Cancelled)));

        var repair = await organizer.RunToEndAsync(eventId, "Repair");

        Assert.Equal(ScheduleRunStatus.Succeeded, repair.Status);
        var proposal = await ProposalAsync(repair.Id);
        var after = proposal.Meetings.ToDictionary(m => m.RequestId, m => (m.SlotId, m.LocationId));
        foreach (var (request, placement) in before.Where(b => b.Key != cancelled))
        {
            Assert.Equal(placement, after[request]);
        }
        Assert.Contains(proposal.Moves, m => m.RequestId == cancelled && m.ToSlotId == null && m.Reason == "cancelled");
        Assert.Contains(proposal.Moves, m => m.RequestId == added && m.FromSlotId == null && m.ToSlotId != null);
        await AssertProposalValidAsync(eventId, repair.Id);
        Assert.Equal(HttpStatusCode.OK, (await organizer.PostAsync($"/api/v1/events/{eventId}/schedule-runs/{repair.Id}/publish", null)).StatusCode);
        Assert.False(await _factory.WithDbAsync(db => db.ScheduledMeetings.AnyAsync(m => m.MeetingRequestId == cancelled)));
    }

    [Fact]
    public async Task A_manual_move_that_double_books_someone_is_refused_on_the_page_and_nothing_is_saved()
    {
        var eventId = await _factory.Day1EventIdAsync();
        await _factory.ConfigureAsync(eventId, slots: 4, tables: 2);
        var people = await _factory.AddApprovedRegistrationsAsync(eventId, 3, "Move");
        await _factory.AddRequestsAsync(eventId, [(people[0], people[1]), (people[0], people[2])]);
        var organizer = await _factory.SignInAsync(await _factory.CreateUserAsync(new TestForumRole(ForumRole.Organizer)));
        var run = await organizer.RunToEndAsync(eventId);
        var proposal = await ProposalAsync(run.Id);
        Assert.Equal(2, proposal.Meetings.Count);
        var (a, b) = (proposal.Meetings[0], proposal.Meetings[1]);
        var freeTable = await _factory.WithDbAsync(db => db.MeetingLocations
            .Where(l => l.EventId == eventId && l.Id != b.LocationId).Select(l => l.Id).FirstAsync());
        var json = await _factory.WithDbAsync(db => db.ScheduleRuns.Where(r => r.Id == run.Id).Select(r => r.ResultJson).SingleAsync());

        var page = $"/organizer/events/{eventId}/matchmaking/runs/{run.Id}";
        var response = await organizer.SubmitFormAsync(page, new Dictionary<string, string>
        {
            ["requestId"] = a.RequestId.ToString(), ["slotId"] = b.SlotId.ToString(), ["locationId"] = freeTable.ToString(),
        }, "form#move");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("two meetings in one slot", await response.Content.ReadAsStringAsync());
        Assert.Equal(json, await _factory.WithDbAsync(db => db.ScheduleRuns.Where(r => r.Id == run.Id).Select(r => r.ResultJson).SingleAsync()));

        var emptySlot = await _factory.WithDbAsync(db => db.MeetingSlots.Where(s => s.EventId == eventId && s.Id != a.SlotId && s.Id != b.SlotId)
            .Select(s => s.Id).FirstAsync());
        var ok = await organizer.SubmitFormAsync(page, new Dictionary<string, string>
        {
            ["requestId"] = a.RequestId.ToString(), ["slotId"] = emptySlot.ToString(), ["locationId"] = freeTable.ToString(),
        }, "form#move");
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Contains(new ProposedMeeting(a.RequestId, emptySlot, freeTable), (await ProposalAsync(run.Id)).Meetings);
    }

    [Fact]
    public async Task The_settings_page_cuts_slots_and_tables_and_refuses_a_bad_block_with_a_field_error()
    {
        var eventId = await _factory.Day1EventIdAsync();
        var organizer = await _factory.SignInAsync(await _factory.CreateUserAsync(new TestForumRole(ForumRole.Organizer)));
        var page = $"/organizer/events/{eventId}/matchmaking";

        var bad = await organizer.SubmitFormAsync(page, new Dictionary<string, string> { ["Input.Blocks"] = "tomorrow afternoon" }, "form#settings");
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("is not a block", await bad.Content.ReadAsStringAsync());
        Assert.Equal(0, await _factory.WithDbAsync(db => db.MeetingSlots.CountAsync(s => s.EventId == eventId)));

        var good = await organizer.SubmitFormAsync(page, new Dictionary<string, string>
        {
            ["Input.Blocks"] = "2023-11-08 13:30-15:30", ["Input.SlotMinutes"] = "30", ["Input.Tables"] = "4",
        }, "form#settings");
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        Assert.Equal(4, await _factory.WithDbAsync(db => db.MeetingSlots.CountAsync(s => s.EventId == eventId)));
        Assert.Equal(["T1", "T2", "T3", "T4"], await _factory.WithDbAsync(db => db.MeetingLocations
            .Where(l => l.EventId == eventId && l.Kind == MeetingLocationKind.Table).OrderBy(l => l.Name).Select(l => l.Name).ToListAsync()));
    }

    private Task<ScheduleProposal> ProposalAsync(int runId) =>
        _factory.WithDbAsync(async db => ScheduleProposal.FromJson(await db.ScheduleRuns.Where(r => r.Id == runId).Select(r => r.ResultJson).SingleAsync())!);

    private async Task AssertProposalValidAsync(int eventId, int runId)
    {
        var proposal = await ProposalAsync(runId);
        await using var scope = _factory.Services.CreateAsyncScope();
        var map = await scope.ServiceProvider.GetRequiredService<EventInstanceBuilder>().BuildAsync(eventId, CancellationToken.None);
        var (solution, problems) = ProposalMapper.ToSolution(map, proposal.Meetings);
        Assert.Empty(problems);
        var report = ScheduleValidator.Validate(map.Instance, solution);
        Assert.True(report.IsValid, string.Join("; ", report.Violations));
        Assert.Equal(proposal.Meetings.Count, report.Metrics.ScheduledCount);
    }
}
