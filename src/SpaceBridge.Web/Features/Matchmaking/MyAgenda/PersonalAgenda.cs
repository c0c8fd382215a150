using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Matchmaking.Interpreters;
using SpaceBridge.Web.Features.Matchmaking.Requests;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Features.Programme.Sessions;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Infrastructure.Caching;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Matchmaking.MyAgenda;

public sealed record AgendaSession(Session Session, bool Speaking);

/// <summary>A published meeting; <see cref="Interpreter"/> is the pair of the interpreter it needs, null when none.</summary>
public sealed record AgendaMeeting(int Id, DateTime StartsAtUtc, DateTime EndsAtUtc, string Location, Counterpart Other,
    InterpreterPair? Interpreter = null)
{
    public string Uid => $"meeting-{Id}@spacebridge";
}

/// <summary>One participant's day: the event's sessions (those they speak at marked) and their published meetings.</summary>
public sealed record PersonalAgendaData(Event Event, List<AgendaSession> Sessions, List<AgendaMeeting> Meetings);

/// <summary>Whose agenda: an approved registration and the speaker record behind its account, if any.</summary>
public sealed record AgendaOwner(Registration Registration, int? PersonId);

public sealed class PersonalAgenda(AppDbContext db, IMemoryCache cache, ContentVersionWatcher versions, IOptions<PublicCacheOptions> cacheOptions)
{
    /// <summary>The signed-in user's approved registration for the event with their speaker record, in one read; null when there is none.</summary>
    public async Task<AgendaOwner?> OwnerAsync(ClaimsPrincipal user, int eventId, CancellationToken ct)
    {
        var userId = ForumAccess.UserId(user);
        if (userId is null)
        {
            return null;
        }
        var row = await db.Registrations.AsNoTracking().Approved(eventId).Where(r => r.UserId == userId)
            .OrderBy(r => r.Id)
            .Select(r => new { Registration = r, r.User!.PersonId })
            .FirstOrDefaultAsync(ct);
        return row is null ? null : new AgendaOwner(row.Registration, row.PersonId);
    }

    public async Task<PersonalAgendaData> ForAsync(Registration registration, CancellationToken ct) =>
        await ForAsync(new AgendaOwner(registration, await SpeakerPersonIdAsync(registration, ct)), ct);

    public async Task<PersonalAgendaData> ForAsync(AgendaOwner owner, CancellationToken ct)
    {
        var registration = owner.Registration;
        var ev = await EventAsync(registration.EventId, ct)
            ?? throw new InvalidOperationException($"registration {registration.Id} names event {registration.EventId}, which does not exist");
        var sessions = await PublishedSessionsAsync(ev.Id, ct);
        var rows = await db.ScheduledMeetings.AsNoTracking()
            .Where(m => m.IsPublished
                && (m.MeetingRequest.FromRegistrationId == registration.Id || m.MeetingRequest.ToRegistrationId == registration.Id))
            .Select(m => new
            {
                m.Id, m.Slot.StartsAtUtc, m.Slot.EndsAtUtc, Location = m.Location.Name,
                Other = m.MeetingRequest.FromRegistrationId == registration.Id ? m.MeetingRequest.ToRegistrationId : m.MeetingRequest.FromRegistrationId,
                FromLanguages = m.MeetingRequest.From.MeetingLanguages, ToLanguages = m.MeetingRequest.To.MeetingLanguages,
            })
            .ToListAsync(ct);
        var others = rows.Count == 0 ? [] : await Counterparts.DescribeAsync(db, rows.Select(r => r.Other), ct);
        // The interpreter is derived now from both sides' languages and the event's pools as they are now (the scheduler's
        // rule), so a pool or a language changed after publishing shows at once; the pools are read only when a meeting needs one.
        var needs = rows.Select(r => InterpreterUse.PairFor(r.FromLanguages, r.ToLanguages, []) is not null).ToList();
        var pools = needs.Contains(true) ? await InterpreterPair.OfEventAsync(db, ev.Id, ct) : [];
        var meetings = rows.Select((r, i) => (Row: r, Needs: needs[i])).OrderBy(x => x.Row.StartsAtUtc).ThenBy(x => x.Row.Id)
            .Select(x => new AgendaMeeting(x.Row.Id, x.Row.StartsAtUtc, x.Row.EndsAtUtc, x.Row.Location, others[x.Row.Other],
                x.Needs ? InterpreterUse.PairFor(x.Row.FromLanguages, x.Row.ToLanguages, pools) : null)).ToList();
        var personId = owner.PersonId;
        return new PersonalAgendaData(ev, sessions.Select(s => new AgendaSession(s, personId is not null && s.People.Any(p => p.PersonId == personId))).ToList(), meetings);
    }

    /// <summary>
    /// The event with its venue, or null: read once per change of the content versions and shared, read-only, like the
    /// sessions below (an edit of the event changes the versions).
    /// </summary>
    public async Task<Event?> EventAsync(int eventId, CancellationToken ct)
    {
        var generation = versions.Generation;
        var cacheable = cacheOptions.Value.Enabled && versions.IsSynchronized;
        var key = (typeof(Event), eventId, generation);
        if (cacheable && cache.TryGetValue(key, out Event? kept) && kept is not null)
        {
            return kept;
        }
        var ev = await db.Events.AsNoTracking().Include(e => e.Venue).FirstOrDefaultAsync(e => e.Id == eventId, ct);
        // Unknown ids are not kept: asking for many of them must not fill the memory.
        if (ev is not null && cacheable && versions.Generation == generation)
        {
            cache.Set(key, ev, TimeSpan.FromMinutes(5));
        }
        return ev;
    }

    /// <summary>
    /// The event's published sessions, the same for every participant: read once per change of the public content
    /// (the content versions that also clear the public cache) and shared, read-only, by every agenda and feed of the
    /// event. Nothing is kept while this node has not read the versions, or across a change seen during the read.
    /// </summary>
    private async Task<List<Session>> PublishedSessionsAsync(int eventId, CancellationToken ct)
    {
        var generation = versions.Generation;
        var cacheable = cacheOptions.Value.Enabled && versions.IsSynchronized;
        var key = (typeof(PersonalAgenda), eventId, generation);
        if (cacheable && cache.TryGetValue(key, out List<Session>? kept) && kept is not null)
        {
            return kept;
        }
        // A personal agenda (and its feed) holds published sessions only.
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.EventId == eventId && s.Published)
            .Include(s => s.Event).ThenInclude(e => e.Venue)
            .Include(s => s.Room).ThenInclude(r => r!.Venue)
            .Include(s => s.Topics)
            .Include(s => s.People).ThenInclude(p => p.Person)
            .AsSplitQuery()
            .OrderBy(s => s.StartsAtUtc).ThenBy(s => s.Id)
            .ToListAsync(ct);
        if (cacheable && versions.Generation == generation)
        {
            cache.Set(key, sessions, TimeSpan.FromMinutes(5));
        }
        return sessions;
    }

    /// <summary>The person (speaker record) behind the registration's account, if any.</summary>
    public Task<int?> SpeakerPersonIdAsync(Registration registration, CancellationToken ct) =>
        registration.UserId is null
            ? Task.FromResult<int?>(null)
            : db.Users.Where(u => u.Id == registration.UserId).Select(u => u.PersonId).FirstOrDefaultAsync(ct);
}
