using System.Data;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Features.Programme.Sessions;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.Programme.Editing;

/// <summary>What an organizer submits to create or change a session.</summary>
public sealed record SessionEdit(
    SessionKind Kind,
    BilingualText Title,
    DateTime StartsAtUtc,
    DateTime EndsAtUtc,
    int? RoomId,
    IReadOnlyList<(int PersonId, SessionRole Role)> People);

/// <summary>
/// Creates and changes sessions, always through <see cref="ProgrammeRules"/>. The check and the write
/// share one serializable transaction so two organizers cannot book the same room or person at once.
/// </summary>
public sealed class ProgrammeEditor(AppDbContext db)
{
    public async Task<Session> AddAsync(int eventId, SessionEdit edit, CancellationToken cancellationToken = default)
    {
        await using var tx = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
        var ev = await db.Events.FirstOrDefaultAsync(e => e.Id == eventId, cancellationToken)
            ?? throw new DomainValidationException("EventId", $"Event {eventId} does not exist.");
        var session = new Session { EventId = eventId, Event = ev };
        await ApplyAsync(session, ev, edit, cancellationToken);
        db.Sessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return session;
    }

    public async Task<Session> UpdateAsync(int sessionId, SessionEdit edit, CancellationToken cancellationToken = default)
    {
        await using var tx = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
        var session = await db.Sessions.Include(s => s.Event).Include(s => s.People)
            .FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken)
            ?? throw new DomainValidationException("SessionId", $"Session {sessionId} does not exist.");
        await ApplyAsync(session, session.Event, edit, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return session;
    }

    private async Task ApplyAsync(Session session, Event ev, SessionEdit edit, CancellationToken cancellationToken)
    {
        var personIds = edit.People.Select(p => p.PersonId).Distinct().ToList();
        var known = await db.People.Where(p => personIds.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken);
        var unknown = personIds.Except(known).ToList();
        if (unknown.Count > 0)
        {
            throw new DomainValidationException("PersonIds", $"Unknown people: {string.Join(", ", unknown)}.");
        }
        if (edit.RoomId is { } roomId && ev.VenueId is { } venueId
            && !await db.Rooms.AnyAsync(r => r.Id == roomId && r.VenueId == venueId, cancellationToken))
        {
            throw new DomainValidationException("RoomId", $"Room {roomId} is not a room of the event's venue.");
        }

        var plan = new SessionPlan(session.Id == 0 ? null : session.Id, edit.StartsAtUtc, edit.EndsAtUtc, edit.RoomId, personIds);
        // Rooms belong to one venue and people may speak at any event, so compare against every
        // session that overlaps in time, not just this event's.
        var overlapping = await db.Sessions.AsNoTracking()
            .Include(s => s.People).ThenInclude(p => p.Person)
            .Where(s => s.StartsAtUtc < edit.EndsAtUtc && edit.StartsAtUtc < s.EndsAtUtc)
            .ToListAsync(cancellationToken);
        ProgrammeRules.EnsureValid(plan, ev, overlapping);

        session.Kind = edit.Kind;
        session.Title = edit.Title;
        session.StartsAtUtc = edit.StartsAtUtc;
        session.EndsAtUtc = edit.EndsAtUtc;
        session.RoomId = edit.RoomId;
        session.People.Clear();
        session.People.AddRange(edit.People.Select((p, i) => new SessionPerson { PersonId = p.PersonId, Role = p.Role, Order = i }));
    }
}
