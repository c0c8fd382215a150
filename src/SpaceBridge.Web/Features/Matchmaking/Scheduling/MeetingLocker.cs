using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Infrastructure.Audit;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Matchmaking.Scheduling;

/// <summary>
/// Organizers' locks: a meeting of a finished or published run locked at the slot and table it has there, or unlocked.
/// Both run under the event's schedule lock (as publishing and moving do), are audited, and save nothing when refused.
/// A locked meeting cannot be moved by hand (<see cref="MeetingMover"/>): unlock it first.
/// </summary>
public sealed class MeetingLocker(AppDbContext db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public Task<List<MeetingLock>> ForEventAsync(int eventId, CancellationToken ct) =>
        db.MeetingLocks.AsNoTracking().Where(x => x.EventId == eventId).OrderBy(x => x.Id).ToListAsync(ct);

    /// <summary>
    /// Locks the request's meeting at <paramref name="slotId"/> and <paramref name="locationId"/>, which must be where the run
    /// has it now (409 otherwise: the caller saw an older state).
    /// </summary>
    public async Task<MeetingLock> LockAsync(int eventId, int runId, int requestId, int slotId, int locationId, ClaimsPrincipal actor, CancellationToken ct)
    {
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await SchedulePublisher.LockEventScheduleAsync(db, eventId, ct);
            var run = await db.ScheduleRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId && r.EventId == eventId, ct)
                ?? throw new ScheduleRunNotFoundException(eventId, runId);
            if (run.Status is not (ScheduleRunStatus.Succeeded or ScheduleRunStatus.Published) || ScheduleProposal.FromJson(run.ResultJson) is not { } proposal)
            {
                throw new MeetingLockRefused(false, l["Matchmaking.Lock.NotFinished"]);
            }
            var placed = proposal.Meetings.FirstOrDefault(m => m.RequestId == requestId)
                ?? throw new MeetingLockRefused(true, l["Matchmaking.Lock.NotPlaced"]);
            if (placed.SlotId != slotId || placed.LocationId != locationId)
            {
                throw new MeetingLockRefused(false, l["Matchmaking.Lock.Stale"]);
            }
            var locks = await db.MeetingLocks.AsNoTracking().Where(x => x.EventId == eventId).ToListAsync(ct);
            if (locks.Any(x => x.MeetingRequestId == requestId))
            {
                throw new MeetingLockRefused(false, l["Matchmaking.Lock.AlreadyLocked"]);
            }
            var sameSlot = locks.Where(x => x.SlotId == slotId).Select(x => x.MeetingRequestId).ToList();
            var people = await db.MeetingRequests.AsNoTracking().Where(r => r.Id == requestId)
                .Select(r => new[] { r.FromRegistrationId, r.ToRegistrationId }).FirstAsync(ct);
            if (locks.Any(x => x.SlotId == slotId && x.LocationId == locationId)
                || await db.MeetingRequests.AnyAsync(r => sameSlot.Contains(r.Id)
                    && (people.Contains(r.FromRegistrationId) || people.Contains(r.ToRegistrationId)), ct))
            {
                throw new MeetingLockRefused(false, l["Matchmaking.Lock.Clash"]);
            }
            var created = new MeetingLock
            {
                EventId = eventId, MeetingRequestId = requestId, SlotId = slotId, LocationId = locationId,
                LockedBy = actor.FindFirstValue(ClaimTypes.NameIdentifier) ?? "unknown",
                LockedAtUtc = clock.GetUtcNow().UtcDateTime,
            };
            db.MeetingLocks.Add(created);
            var forumId = await db.Events.Where(e => e.Id == eventId).Select(e => e.ForumId).FirstAsync(ct);
            audit.Record(actor, "matchmaking.meeting-lock", $"request {requestId}", $"run {runId}: slot {slotId} table {locationId}", forumId, eventId);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return created;
        }
        catch (Exception ex) when (SchedulePublisher.IsRefusedWrite(ex))
        {
            db.ChangeTracker.Clear();
            throw new MeetingLockRefused(false, l["Matchmaking.Review.ChangedMeanwhile"]);
        }
    }

    /// <summary>Removes the request's lock; <paramref name="expected"/> names the lock the caller saw (its id is its version).</summary>
    public async Task UnlockAsync(int eventId, int requestId, VersionCheck expected, ClaimsPrincipal actor, CancellationToken ct)
    {
        var found = await db.MeetingLocks.FirstOrDefaultAsync(x => x.EventId == eventId && x.MeetingRequestId == requestId, ct)
            ?? throw new MeetingLockRefused(true, l["Matchmaking.Lock.NotLocked"]);
        expected.Ensure("meeting lock", found.Id);
        db.MeetingLocks.Remove(found);
        var forumId = await db.Events.Where(e => e.Id == eventId).Select(e => e.ForumId).FirstAsync(ct);
        audit.Record(actor, "matchmaking.meeting-unlock", $"request {requestId}", $"slot {found.SlotId} table {found.LocationId}", forumId, eventId);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone unlocked it between our read and our delete: it is unlocked, but not by this request.
            db.ChangeTracker.Clear();
            throw new MeetingLockRefused(true, l["Matchmaking.Lock.NotLocked"]);
        }
    }
}
