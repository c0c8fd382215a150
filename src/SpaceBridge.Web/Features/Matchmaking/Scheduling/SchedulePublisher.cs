using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpaceBridge.Scheduling.Validation;
using SpaceBridge.Web.Features.Matchmaking.Feedback;
using SpaceBridge.Web.Features.Matchmaking.MyAgenda;
using SpaceBridge.Web.Infrastructure.Audit;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Features.Matchmaking.Scheduling;

/// <summary>
/// Makes a run's proposal the event's schedule in ONE transaction: meetings whose request, slot and table are
/// unchanged stay (with their feedback), the others are replaced. The unique indexes on ScheduledMeeting and
/// MeetingAttendance refuse any double booking whichever node writes; such a refusal rolls everything back. A run
/// older than the published one that would drop or move its meetings is published only when confirmed.
/// </summary>
public sealed class SchedulePublisher(AppDbContext db, EventInstanceBuilder builder, AuditLog audit, IStringLocalizer<SharedResource> l)
{
    public const string ChangedMeanwhile = "The schedule changed meanwhile (another publish or change was saved first); nothing was saved. Reload and try again.";

    public async Task<PublishResult> PublishAsync(int eventId, int runId, ClaimsPrincipal actor, bool confirmed, CancellationToken ct)
    {
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await LockEventScheduleAsync(db, eventId, ct);
            var run = await db.ScheduleRuns.FirstOrDefaultAsync(r => r.Id == runId && r.EventId == eventId, ct)
                ?? throw new ScheduleRunNotFoundException(eventId, runId);
            if (run.Status != ScheduleRunStatus.Succeeded || ScheduleProposal.FromJson(run.ResultJson) is not { } proposal)
            {
                throw new DomainValidationException("Run", run.Status == ScheduleRunStatus.Published
                    ? l["Matchmaking.Error.AlreadyPublished"]
                    : l["Matchmaking.Error.NotSucceeded"]);
            }
            if (!confirmed && await NewerPublishedRunAsync(run, ct) is { } publishedRunId
                && await CompareWithPublishedAsync(eventId, proposal.Meetings, ct) is { LosesMeetings: true } diff)
            {
                throw new PublishNeedsConfirmationException(runId, publishedRunId, diff);
            }
            await CheckAsync(builder, l, eventId, proposal.Meetings, "Run", ct);
            var (count, added, previous) = await ReplaceAsync(eventId, runId, proposal.Meetings, ct);

            run.Status = ScheduleRunStatus.Published;
            await db.ScheduleRuns.Where(r => r.EventId == eventId && r.Id != runId && r.Status == ScheduleRunStatus.Published)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, ScheduleRunStatus.Succeeded), ct);
            var forumId = await db.Events.Where(e => e.Id == eventId).Select(e => e.ForumId).FirstAsync(ct);
            audit.Record(actor, "matchmaking.schedule-publish", $"event {eventId}", $"run {runId}: {count} meetings", forumId, eventId);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            var changes = added.SelectMany(m => m.Attendees.Select(a => new MeetingChange(a.RegistrationId, m.Id,
                previous.TryGetValue(m.MeetingRequestId, out var old) ? old : null, m.SlotId))).ToList();
            return new PublishResult(count, changes);
        }
        catch (Exception ex) when (IsRefusedWrite(ex))
        {
            db.ChangeTracker.Clear();
            throw new ScheduleChangedException(ChangedMeanwhile, ex);
        }
    }

    /// <summary>The changes publishing these meetings would make, or null when the event has no published schedule.</summary>
    public async Task<ScheduleDiff?> CompareWithPublishedAsync(int eventId, IReadOnlyCollection<ProposedMeeting> proposal, CancellationToken ct)
    {
        var published = await db.ScheduledMeetings.AsNoTracking().Where(m => m.EventId == eventId && m.IsPublished)
            .Select(m => new ProposedMeeting(m.MeetingRequestId, m.SlotId, m.LocationId)).ToListAsync(ct);
        return published.Count == 0 ? null : ScheduleDiff.Between(published, proposal);
    }

    /// <summary>The id of the event's published run when it was started after <paramref name="run"/>.</summary>
    public Task<int?> NewerPublishedRunAsync(ScheduleRun run, CancellationToken ct) =>
        db.ScheduleRuns.AsNoTracking()
            .Where(r => r.EventId == run.EventId && r.Status == ScheduleRunStatus.Published && r.Id != run.Id
                && (r.CreatedAtUtc > run.CreatedAtUtc || (r.CreatedAtUtc == run.CreatedAtUtc && r.Id > run.Id)))
            .Select(r => (int?)r.Id).FirstOrDefaultAsync(ct);

    internal static bool IsRefusedWrite(Exception ex) =>
        ex is not DomainValidationException && (SerializableTransaction.IsUniqueViolation(ex) || SerializableTransaction.IsConflict(ex));

    /// <summary>
    /// Takes the event's schedule lock for the rest of the transaction: a no-op update of its settings row, which
    /// PostgreSQL holds as a row lock and SQLite as its write lock, so two publishes of one event run one after another.
    /// </summary>
    internal static Task<int> LockEventScheduleAsync(AppDbContext db, int eventId, CancellationToken ct) =>
        db.MatchmakingSettings.Where(s => s.EventId == eventId).ExecuteUpdateAsync(s => s.SetProperty(x => x.SlotMinutes, x => x.SlotMinutes), ct);

    /// <summary>Validates the given meetings as the whole schedule of the event's current data; throws with the field given.</summary>
    internal static async Task<(EventInstance Map, ValidationReport Report)> CheckAsync(EventInstanceBuilder builder, IStringLocalizer l,
        int eventId, IEnumerable<ProposedMeeting> meetings, string field, CancellationToken ct)
    {
        var map = await builder.BuildAsync(eventId, ct);
        var (solution, problems) = ProposalMapper.ToSolution(map, meetings);
        if (problems.Count > 0)
        {
            var described = problems.Take(3).Select(p => p.SlotOrTableGone
                ? l["Matchmaking.Error.PlaceGone", p.RequestId].Value
                : l["Matchmaking.Error.RequestGone", p.RequestId].Value);
            throw new DomainValidationException(field, l["Matchmaking.Error.RequestsChanged", string.Join(" ", described)]);
        }
        var report = ScheduleValidator.Validate(map.Instance, solution);
        if (!report.IsValid)
        {
            throw new DomainValidationException(field, l["Matchmaking.Error.BreaksRule", Explain(map, report.Violations, l)]);
        }
        return (map, report);
    }

    /// <summary>The first violations in words; the validator's own message (English) where there is no better one.</summary>
    private static string Explain(EventInstance map, IReadOnlyList<Violation> violations, IStringLocalizer l) =>
        string.Join("; ", violations.Take(3).Select(v => v.Kind switch
        {
            ViolationKind.ParticipantDoubleBooked => l["Matchmaking.Error.DoubleBooked", v.Participant is { } p ? map.Instance.Participants[p].Name : "?"].Value,
            ViolationKind.LocationCapacity => l["Matchmaking.Error.TableTwice"].Value,
            ViolationKind.ForbiddenSlot => l["Matchmaking.Error.NotAvailable", v.Message].Value,
            ViolationKind.PinnedSlot or ViolationKind.PinnedLocation when v.Meeting is { } m => l["Matchmaking.Lock.Violated", m < map.RequestIds.Count ? map.RequestIds[m] : m].Value,
            ViolationKind.InterpreterCapacity => l["Interpreters.Error.NoInterpreterInSlot"].Value,
            _ => v.Message,
        }));

    private async Task<(int Count, List<ScheduledMeeting> Added, Dictionary<int, int> PreviousSlot)> ReplaceAsync(int eventId, int runId, List<ProposedMeeting> proposal, CancellationToken ct)
    {
        var existing = await db.ScheduledMeetings.AsNoTracking().Where(m => m.EventId == eventId)
            .Select(m => new { m.Id, m.MeetingRequestId, m.SlotId, m.LocationId }).ToListAsync(ct);
        var wanted = proposal.ToHashSet();
        var keep = existing.Where(m => wanted.Contains(new ProposedMeeting(m.MeetingRequestId, m.SlotId, m.LocationId))).ToList();
        var keepIds = keep.Select(m => m.Id).ToList();
        var dropIds = existing.Select(m => m.Id).Except(keepIds).ToList();
        await db.MeetingAttendances.Where(a => dropIds.Contains(a.ScheduledMeetingId)).ExecuteDeleteAsync(ct);
        await db.ScheduledMeetings.Where(m => dropIds.Contains(m.Id)).ExecuteDeleteAsync(ct);
        await db.ScheduledMeetings.Where(m => keepIds.Contains(m.Id)).ExecuteUpdateAsync(s => s.SetProperty(m => m.IsPublished, true), ct);

        var kept = keep.Select(m => m.MeetingRequestId).ToHashSet();
        var added = proposal.Where(p => !kept.Contains(p.RequestId)).ToList();
        var requestIds = added.Select(p => p.RequestId).ToList();
        var people = await db.MeetingRequests.AsNoTracking().Where(r => requestIds.Contains(r.Id))
            .Select(r => new { r.Id, r.FromRegistrationId, r.ToRegistrationId }).ToDictionaryAsync(r => r.Id, ct);
        var rows = new List<ScheduledMeeting>();
        foreach (var p in added)
        {
            var request = people[p.RequestId];
            rows.Add(new ScheduledMeeting
            {
                EventId = eventId,
                MeetingRequestId = p.RequestId,
                SlotId = p.SlotId,
                LocationId = p.LocationId,
                IsPublished = true,
                ScheduleRunId = runId,
                Attendees =
                [
                    new MeetingAttendance { RegistrationId = request.FromRegistrationId, SlotId = p.SlotId },
                    new MeetingAttendance { RegistrationId = request.ToRegistrationId, SlotId = p.SlotId },
                ],
            });
        }
        db.ScheduledMeetings.AddRange(rows);
        var previous = existing.Where(m => dropIds.Contains(m.Id)).GroupBy(m => m.MeetingRequestId).ToDictionary(g => g.Key, g => g.First().SlotId);
        return (proposal.Count, rows, previous);
    }
}

/// <summary>How many meetings the published schedule holds, and each participant's new or moved meeting.</summary>
public sealed record PublishResult(int Meetings, IReadOnlyCollection<MeetingChange> Changes);
