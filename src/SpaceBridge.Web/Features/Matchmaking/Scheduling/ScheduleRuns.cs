using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Infrastructure.Audit;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Features.Matchmaking.Scheduling;

/// <summary>Queues schedule runs for an event; the worker of some node executes them.</summary>
public sealed class ScheduleRuns(AppDbContext db, AuditLog audit, TimeProvider clock, ScheduleRunSignal signal, IStringLocalizer<SharedResource> l)
{
    public const int DefaultTimeLimitSeconds = 20;
    public const int MaxTimeLimitSeconds = 300;
    /// <summary>Runs of one event that may wait or run at once; more would only queue work nobody will look at.</summary>
    public const int MaxPendingRuns = 3;

    public async Task<ScheduleRun> QueueAsync(int eventId, ScheduleRunKind kind, int? timeLimitSeconds, ClaimsPrincipal actor, CancellationToken ct)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new DomainValidationException("Kind", l["Matchmaking.Run.Error.Kind"]);
        }
        var limit = timeLimitSeconds ?? DefaultTimeLimitSeconds;
        if (limit is < 1 or > MaxTimeLimitSeconds)
        {
            throw new DomainValidationException("TimeLimitSeconds", l["Matchmaking.Error.TimeLimit", MaxTimeLimitSeconds]);
        }
        if (!await db.MeetingSlots.AnyAsync(s => s.EventId == eventId, ct))
        {
            throw new DomainValidationException("Kind", l["Matchmaking.Error.NoSlots"]);
        }
        if (kind == ScheduleRunKind.Repair && !await db.ScheduledMeetings.AnyAsync(m => m.EventId == eventId && m.IsPublished, ct))
        {
            throw new DomainValidationException("Kind", l["Matchmaking.Error.NothingToRepair"]);
        }
        if (await db.ScheduleRuns.CountAsync(r => r.EventId == eventId && (r.Status == ScheduleRunStatus.Queued || r.Status == ScheduleRunStatus.Running), ct)
            >= MaxPendingRuns)
        {
            throw new DomainValidationException("Kind", l["Matchmaking.Run.Error.TooMany", MaxPendingRuns]);
        }
        var forumId = await db.Events.Where(e => e.Id == eventId).Select(e => e.ForumId).FirstAsync(ct);
        var run = new ScheduleRun
        {
            EventId = eventId,
            Kind = kind,
            Status = ScheduleRunStatus.Queued,
            Phase = "Queued",
            RequestedByUserId = ForumAccess.UserId(actor) ?? "",
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            TimeLimitSeconds = limit,
        };
        db.ScheduleRuns.Add(run);
        audit.Record(actor, "matchmaking.schedule-run", $"event {eventId}", $"{kind} run, limit {limit} s", forumId, eventId);
        await db.SaveChangesAsync(ct);
        signal.Notify();
        return run;
    }
}
