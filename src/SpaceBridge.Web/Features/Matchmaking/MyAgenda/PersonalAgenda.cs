using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Matchmaking.Requests;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Features.Programme.Sessions;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Matchmaking.MyAgenda;

public sealed record AgendaSession(Session Session, bool Speaking);

public sealed record AgendaMeeting(int Id, DateTime StartsAtUtc, DateTime EndsAtUtc, string Location, Counterpart Other)
{
    public string Uid => $"meeting-{Id}@spacebridge";
}

/// <summary>One participant's day: the event's sessions (those they speak at marked) and their published meetings.</summary>
public sealed record PersonalAgendaData(Event Event, List<AgendaSession> Sessions, List<AgendaMeeting> Meetings);

public sealed class PersonalAgenda(AppDbContext db)
{
    public async Task<PersonalAgendaData> ForAsync(Registration registration, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().Include(e => e.Venue).FirstAsync(e => e.Id == registration.EventId, ct);
        var personId = await SpeakerPersonIdAsync(registration, ct);
        // A personal agenda (and its feed) holds published sessions only.
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.EventId == ev.Id && s.Published)
            .Include(s => s.Event).ThenInclude(e => e.Venue)
            .Include(s => s.Room).ThenInclude(r => r!.Venue)
            .Include(s => s.Topics)
            .Include(s => s.People).ThenInclude(p => p.Person)
            .AsSplitQuery()
            .OrderBy(s => s.StartsAtUtc).ThenBy(s => s.Id)
            .ToListAsync(ct);
        var rows = await db.ScheduledMeetings.AsNoTracking()
            .Where(m => m.EventId == ev.Id && m.IsPublished
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

    /// <summary>The person (speaker record) behind the registration's account, if any.</summary>
    public Task<int?> SpeakerPersonIdAsync(Registration registration, CancellationToken ct) =>
        registration.UserId is null
            ? Task.FromResult<int?>(null)
            : db.Users.Where(u => u.Id == registration.UserId).Select(u => u.PersonId).FirstOrDefaultAsync(ct);
}
