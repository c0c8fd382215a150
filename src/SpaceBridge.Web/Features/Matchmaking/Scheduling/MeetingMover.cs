using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Matchmaking.Feedback;
using SpaceBridge.Web.Infrastructure.Audit;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Features.Matchmaking.Scheduling;

/// <summary>
/// An organizer's manual change: one request to another slot and table (or into the schedule when it was left
/// out). The whole resulting schedule is validated first; a violation throws and nothing is saved. On a published
/// run the event's schedule rows change in the same transaction as the proposal. A locked meeting is refused: unlock it first.
/// </summary>
public sealed class MeetingMover(AppDbContext db, EventInstanceBuilder builder, AuditLog audit, IStringLocalizer<SharedResource> l)
{
    public async Task MoveAsync(int eventId, int runId, int requestId, int slotId, int locationId, ClaimsPrincipal actor, CancellationToken ct)
    {
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await SchedulePublisher.LockEventScheduleAsync(db, eventId, ct);
            var run = await db.ScheduleRuns.FirstOrDefaultAsync(r => r.Id == runId && r.EventId == eventId, ct)
                ?? throw new ScheduleRunNotFoundException(eventId, runId);
            if (run.Status is not (ScheduleRunStatus.Succeeded or ScheduleRunStatus.Published) || ScheduleProposal.FromJson(run.ResultJson) is not { } proposal)
            {
                throw new DomainValidationException("Move", l["Matchmaking.Error.NotFinished"]);
            }
            if (!proposal.Meetings.Any(m => m.RequestId == requestId) && !proposal.Unscheduled.Any(u => u.RequestId == requestId))
            {
                throw new DomainValidationException("Move.RequestId", l["Matchmaking.Error.NotInRun"]);
            }
            if (await db.MeetingLocks.AnyAsync(x => x.EventId == eventId && x.MeetingRequestId == requestId, ct))
            {
                throw new DomainValidationException("Move.RequestId", l["Matchmaking.Lock.MoveRefused"]);
            }
            var previous = proposal.Meetings.FirstOrDefault(m => m.RequestId == requestId);
            var moved = new ProposedMeeting(requestId, slotId, locationId);
            var meetings = proposal.Meetings.Where(m => m.RequestId != requestId).Append(moved).OrderBy(m => m.RequestId).ToList();
            var (map, report) = await SchedulePublisher.CheckAsync(builder, l, eventId, meetings, "Move", ct);

            var updated = proposal with
            {
                Meetings = meetings,
                Unscheduled = [.. proposal.Unscheduled.Where(u => u.RequestId != requestId)],
                Statistics = ProposalMapper.Statistics(map, report.Metrics, ProposalMapper.ToSolution(map, meetings).Solution) with
                {
                    Unaffected = proposal.Statistics.Unaffected,
                    UnaffectedMoved = proposal.Statistics.UnaffectedMoved,
                },
            };
            run.ResultJson = updated.ToJson();
            if (run.Status == ScheduleRunStatus.Published)
            {
                await MovePublishedAsync(eventId, runId, moved, ct);
            }
            var forumId = await db.Events.Where(e => e.Id == eventId).Select(e => e.ForumId).FirstAsync(ct);
            audit.Record(actor, "matchmaking.meeting-move", $"request {requestId}",
                $"run {runId}: slot {previous?.SlotId.ToString() ?? "-"} table {previous?.LocationId.ToString() ?? "-"} to slot {slotId} table {locationId}",
                forumId, eventId);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (Exception ex) when (SchedulePublisher.IsRefusedWrite(ex))
        {
            db.ChangeTracker.Clear();
            throw new ScheduleChangedException(SchedulePublisher.ChangedMeanwhile, ex);
        }
    }

    private async Task MovePublishedAsync(int eventId, int runId, ProposedMeeting moved, CancellationToken ct)
    {
        var meeting = await db.ScheduledMeetings.Include(m => m.Attendees)
            .FirstOrDefaultAsync(m => m.EventId == eventId && m.MeetingRequestId == moved.RequestId, ct);
        if (meeting is null)
        {
            var request = await db.MeetingRequests.AsNoTracking().FirstAsync(r => r.Id == moved.RequestId, ct);
            db.ScheduledMeetings.Add(new ScheduledMeeting
            {
                EventId = eventId, MeetingRequestId = moved.RequestId, SlotId = moved.SlotId, LocationId = moved.LocationId,
                IsPublished = true, ScheduleRunId = runId,
                Attendees =
                [
                    new MeetingAttendance { RegistrationId = request.FromRegistrationId, SlotId = moved.SlotId },
                    new MeetingAttendance { RegistrationId = request.ToRegistrationId, SlotId = moved.SlotId },
                ],
            });
            return;
        }
        meeting.SlotId = moved.SlotId;
        meeting.LocationId = moved.LocationId;
        foreach (var attendee in meeting.Attendees)
        {
            attendee.SlotId = moved.SlotId;
        }
    }
}
