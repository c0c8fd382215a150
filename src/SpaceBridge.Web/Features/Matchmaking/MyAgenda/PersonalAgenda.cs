using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using SpaceBridge.Web.Features.Matchmaking.Requests;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Features.Programme.Sessions;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Infrastructure.Caching;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Matchmaking.MyAgenda;

public sealed record AgendaSession(Session Session, bool Speaking);

public sealed record AgendaMeeting(int Id, DateTime StartsAtUtc, DateTime EndsAtUtc, string Location, Counterpart Other)
{
    public string Uid => $"meeting-{Id}@spacebridge";
}

/// <summary>One participant's day: the event's sessions (those they speak at marked) and their published meetings.</summary>
public sealed record PersonalAgendaData(Event Event, List<AgendaSession> Sessions, List<AgendaMeeting> Meetings);

public sealed class PersonalAgenda(AppDbContext db, IMemoryCache cache, ContentVersionWatcher versions, IOptions<PublicCacheOptions> cacheOptions)
{
    public async Task<PersonalAgendaData> ForAsync(Registration registration, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().Include(e => e.Venue).FirstAsync(e => e.Id == registration.EventId, ct);
        var personId = await SpeakerPersonIdAsync(registration, ct);
        var sessions = await PublishedSessionsAsync(ev.Id, ct);
        var rows = await db.ScheduledMeetings.AsNoTracking()
            .Where(m => m.IsPublished
                && (m.MeetingRequest.FromRegistrationId == registration.Id || m.MeetingRequest.ToRegistrationId == registration.Id))
            .Select(m => new
            {
                m.Id, m.Slot.StartsAtUtc, m.Slot.EndsAtUtc, Location = m.Location.Name,
                Other = m.MeetingRequest.FromRegistrationId == registration.Id ? m.MeetingRequest.ToRegistrationId : m.MeetingRequest.FromRegistrationId,
            })
            .ToListAsync(ct);
        var others = await Counterparts.DescribeAsync(db, rows.Select(r => r.Other), ct);
        var meetings = rows.OrderBy(r => r.StartsAtUtc).ThenBy(r => r.Id)
            .Select(r => new AgendaMeeting(r.Id, r.StartsAtUtc, r.EndsAtUtc, r.Location, others[r.Other])).ToList();
        return new PersonalAgendaData(ev, sessions.Select(s => new AgendaSession(s, personId is not null && s.People.Any(p => p.PersonId == personId))).ToList(), meetings);
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
