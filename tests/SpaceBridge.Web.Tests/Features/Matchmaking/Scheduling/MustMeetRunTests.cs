using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Matchmaking.MyAgenda;
using SpaceBridge.Web.Features.Matchmaking.Requests;
using SpaceBridge.Web.Features.Matchmaking.Scheduling;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Matchmaking.Scheduling;

/// <summary>Must-meet marks reach the scheduler through the app's run executor and the run page reports them apart.</summary>
public sealed class MustMeetRunTests : IDisposable
{
    private readonly SpaceBridgeFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_must_meet_request_takes_the_one_free_slot_from_a_heavier_optional_one()
    {
        var eventId = await _factory.Day1EventIdAsync();
        await _factory.ConfigureAsync(eventId, slots: 2, tables: 2);
        var people = await _factory.AddApprovedRegistrationsAsync(eventId, 3, "Must");
        // Both ask people[0], who is free in one slot only; the optional request weighs five times the must-meet one.
        var optional = (await _factory.AddRequestsAsync(eventId, [(people[1], people[0])])).Single();
        var mustMeet = (await _factory.AddRequestsAsync(eventId, [(people[2], people[0])])).Single();
        await _factory.WithDbAsync(async db =>
        {
            await db.MeetingRequests.Where(r => r.Id == optional).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.FromMark, MeetingMark.Optional).SetProperty(r => r.ToMark, MeetingMark.Optional).SetProperty(r => r.Priority, 5));
            await db.MeetingRequests.Where(r => r.Id == mustMeet).ExecuteUpdateAsync(s => s.SetProperty(r => r.FromMark, MeetingMark.MustMeet));
            var first = await db.MeetingSlots.Where(s => s.EventId == eventId).OrderBy(s => s.Index).FirstAsync();
            db.ParticipantUnavailabilities.Add(new ParticipantUnavailability { RegistrationId = people[0], SlotId = first.Id });
            return await db.SaveChangesAsync();
        });
        var organizer = await _factory.SignInAsync(await _factory.CreateUserAsync(new TestForumRole(ForumRole.Organizer)));

        var run = await organizer.RunToEndAsync(eventId);

        Assert.Equal(ScheduleRunStatus.Succeeded, run.Status);
        var proposal = await _factory.WithDbAsync(async db =>
            ScheduleProposal.FromJson(await db.ScheduleRuns.Where(r => r.Id == run.Id).Select(r => r.ResultJson).SingleAsync())!);
        Assert.Equal([mustMeet], proposal.Meetings.Select(m => m.RequestId));
        Assert.Equal([optional], proposal.Unscheduled.Select(u => u.RequestId));
        Assert.Equal((1, 1, 0), (run.Statistics!.MustMeet, run.Statistics.MustMeetScheduled, run.Statistics.MustMeetUnscheduled));

        var page = await organizer.GetDocumentAsync($"/organizer/events/{eventId}/matchmaking/runs/{run.Id}");
        Assert.Equal("1 / 1", page.QuerySelector("#stat-must-meet")!.TextContent.Trim());
        Assert.Equal("0", page.QuerySelector("#stat-must-meet-unscheduled")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector($"#schedule tr[data-request='{mustMeet}'] [data-must-meet]"));
        Assert.Null(page.QuerySelector($"#unscheduled li[data-request='{optional}'] [data-must-meet]"));
    }
}
