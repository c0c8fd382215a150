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
    IReadOnlyList<(int PersonId, SessionRole Role)> People)
{
    public BilingualText Description { get; init; } = new();
    public IReadOnlyList<int> TopicIds { get; init; } = [];
    /// <summary>Drafts are seen only by the forum's organizers.</summary>
    public bool Published { get; init; } = true;
}

/// <summary>
/// Creates, changes and deletes sessions, always through <see cref="ProgrammeRules"/>. The check and the write
/// share one serializable transaction so two organizers cannot book the same room or person at once. A change to a
/// published session raises its iCalendar SEQUENCE, so calendars that hold it take the new version.
/// </summary>
public sealed class ProgrammeEditor(AppDbContext db)
{
    public Task<Session> AddAsync(int eventId, SessionEdit edit, CancellationToken cancellationToken = default) =>
        SerializableTransaction.RunAsync(db, ct => AddWithinTransactionAsync(eventId, edit, ct), cancellationToken);

    /// <summary>
    /// Adds a session inside a transaction the caller runs (an import writing all its rows or none), and saves it, so
    /// the next session checked in that transaction is compared with this one too.
    /// </summary>
    public async Task<Session> AddWithinTransactionAsync(int eventId, SessionEdit edit, CancellationToken ct)
    {
        var ev = await db.Events.FirstOrDefaultAsync(e => e.Id == eventId, ct)
            ?? throw new DomainValidationException("EventId", $"Event {eventId} does not exist.");
        var session = new Session { EventId = eventId, Event = ev };
        await ApplyAsync(session, ev, edit, ct);
        db.Sessions.Add(session);
        await db.SaveChangesAsync(ct);
        return session;
    }

    public Task<Session> UpdateAsync(int sessionId, SessionEdit edit, CancellationToken cancellationToken = default) =>
        UpdateAsync(sessionId, edit, VersionCheck.Any, cancellationToken);

    public Task<Session> UpdateAsync(int sessionId, SessionEdit edit, VersionCheck version, CancellationToken cancellationToken = default) =>
        SerializableTransaction.RunAsync(db, async ct =>
        {
            var session = await db.Sessions.Include(s => s.Event).Include(s => s.People).Include(s => s.Topics)
                .FirstOrDefaultAsync(s => s.Id == sessionId, ct)
                ?? throw new DomainValidationException("SessionId", $"Session {sessionId} does not exist.");
            version.Ensure("session", session.Version);
            var wasPublished = session.Published;
            await ApplyAsync(session, session.Event, edit, ct);
            if (wasPublished)
            {
                session.Sequence++;
            }
            session.Version++;
            return session;
        }, cancellationToken);

    /// <summary>Deletes a session (with its people and topics); attendance records of it go with it.</summary>
    public Task DeleteAsync(int sessionId, VersionCheck version, CancellationToken cancellationToken = default) =>
        SerializableTransaction.RunAsync(db, async ct =>
        {
            var session = await db.Sessions.Include(s => s.People).Include(s => s.Topics).FirstOrDefaultAsync(s => s.Id == sessionId, ct)
                ?? throw new DomainValidationException("SessionId", $"Session {sessionId} does not exist.");
            version.Ensure("session", session.Version);
            db.SessionAttendances.RemoveRange(await db.SessionAttendances.Where(a => a.SessionId == sessionId).ToListAsync(ct));
            db.Sessions.Remove(session);
            return true;
        }, cancellationToken);

    private async Task ApplyAsync(Session session, Event ev, SessionEdit edit, CancellationToken cancellationToken)
    {
        if (edit.Title.IsEmpty)
        {
            throw new DomainValidationException("Title", "A session needs a title in English or Korean.");
        }
        if (!Enum.IsDefined(edit.Kind))
        {
            throw new DomainValidationException("Kind", $"Kind must be one of {string.Join(", ", Enum.GetNames<SessionKind>())}.");
        }
        if (edit.People.Any(p => !Enum.IsDefined(p.Role)))
        {
            throw new DomainValidationException("People", $"Role must be one of {string.Join(", ", Enum.GetNames<SessionRole>())}.");
        }
        var personIds = edit.People.Select(p => p.PersonId).Distinct().ToList();
        if (personIds.Count != edit.People.Count)
        {
            throw new DomainValidationException("People", "A person may take part in a session in one role only.");
        }
        var known = await db.People.Where(p => personIds.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken);
        var unknown = personIds.Except(known).ToList();
        if (unknown.Count > 0)
        {
            throw new DomainValidationException("PersonIds", $"Unknown people: {string.Join(", ", unknown)}.");
        }
        if (edit.RoomId is { } roomId
            && (ev.VenueId is not { } venueId || !await db.Rooms.AnyAsync(r => r.Id == roomId && r.VenueId == venueId, cancellationToken)))
        {
            throw new DomainValidationException("RoomId", $"Room {roomId} is not a room of the event's venue.");
        }
        var topicIds = edit.TopicIds.Distinct().ToList();
        var topics = await db.Topics.Where(t => t.EventId == ev.Id && topicIds.Contains(t.Id)).ToListAsync(cancellationToken);
        if (topics.Count != topicIds.Count)
        {
            throw new DomainValidationException("TopicIds", $"Unknown topics of this event: {string.Join(", ", topicIds.Except(topics.Select(t => t.Id)))}.");
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
        session.Title = new BilingualText(Clean(edit.Title.En), Clean(edit.Title.Ko));
        session.Description = new BilingualText(Clean(edit.Description.En), Clean(edit.Description.Ko));
        session.StartsAtUtc = edit.StartsAtUtc;
        session.EndsAtUtc = edit.EndsAtUtc;
        session.RoomId = edit.RoomId;
        session.Published = edit.Published;
        session.People.Clear();
        session.People.AddRange(edit.People.Select((p, i) => new SessionPerson { PersonId = p.PersonId, Role = p.Role, Order = i }));
        session.Topics.Clear();
        session.Topics.AddRange(topics);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
