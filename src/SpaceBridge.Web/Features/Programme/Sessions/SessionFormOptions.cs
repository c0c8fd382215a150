using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Features.Programme.People;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Programme.Sessions;

/// <summary>The choices of the session form: the rooms of the event's venue, its topics, the people its forum maintains.</summary>
public static class SessionFormOptions
{
    public static async Task<(List<Room> Rooms, List<Topic> Topics, List<Person> People)> LoadAsync(AppDbContext db, Event ev, CancellationToken ct)
    {
        var rooms = ev.VenueId is { } venueId
            ? await db.Rooms.AsNoTracking().Where(r => r.VenueId == venueId).OrderBy(r => r.Id).ToListAsync(ct)
            : [];
        var topics = await db.Topics.AsNoTracking().Where(t => t.EventId == ev.Id).OrderBy(t => t.Id).ToListAsync(ct);
        var people = await db.People.AsNoTracking().Where(p => p.ForumId == ev.ForumId || p.ForumId == null)
            .OrderBy(p => p.RomanizedName).ToListAsync(ct);
        return (rooms, topics, people);
    }
}
