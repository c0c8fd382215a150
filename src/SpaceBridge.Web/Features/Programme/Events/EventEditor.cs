using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Programme.Editing;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Features.Programme.Events;

/// <summary>Creates and changes events and their rooms for the forum's organizers; checks everything before writing.</summary>
public sealed class EventEditor(AppDbContext db)
{
    public Task<Event> CreateAsync(int forumId, EventInput input, CancellationToken cancellationToken = default) =>
        SerializableTransaction.RunAsync(db, async ct =>
        {
            var forum = await db.Forums.FirstAsync(f => f.Id == forumId, ct);
            var ev = new Event { ForumId = forumId, Slug = "", TimeZoneId = forum.TimeZoneId };
            await ApplyAsync(ev, input, forum.TimeZoneId, ct);
            db.Events.Add(ev);
            return ev;
        }, cancellationToken);

    public Task<Event> UpdateAsync(int id, EventInput input, VersionCheck version, CancellationToken cancellationToken = default) =>
        SerializableTransaction.RunAsync(db, async ct =>
        {
            var ev = await db.Events.Include(e => e.Venue).Include(e => e.Forum).FirstAsync(e => e.Id == id, ct);
            version.Ensure("event", ev.Version);
            await ApplyAsync(ev, input, ev.Forum.TimeZoneId, ct);
            ev.Version++;
            return ev;
        }, cancellationToken);

    /// <summary>
    /// Adds a room to the event's venue; an event without a venue cannot have rooms yet. The rooms are part of the event
    /// resource, so the version (ETag) of every event held at that venue increases with them.
    /// </summary>
    public Task<Room> AddRoomAsync(int eventId, RoomInput input, CancellationToken cancellationToken = default) =>
        SerializableTransaction.RunAsync(db, async ct =>
        {
            var ev = await db.Events.FirstAsync(e => e.Id == eventId, ct);
            var rules = new EditRules();
            var name = rules.Bilingual(input.Name, nameof(input.Name), 200, required: true);
            if (input.Capacity is < 1)
            {
                rules.Add(nameof(input.Capacity), "At least 1, or empty for no limit.");
            }
            if (ev.VenueId is null)
            {
                rules.Add("Venue", "Give the event a venue before adding rooms.");
            }
            rules.ThrowIfAny();
            var room = new Room { VenueId = ev.VenueId!.Value, Name = name, Capacity = input.Capacity };
            db.Rooms.Add(room);
            foreach (var atVenue in await db.Events.Where(e => e.VenueId == ev.VenueId).ToListAsync(ct))
            {
                atVenue.Version++;
            }
            return room;
        }, cancellationToken);

    private async Task ApplyAsync(Event ev, EventInput input, string forumZone, CancellationToken ct)
    {
        var rules = new EditRules();
        var slug = rules.Slug(input.Slug, nameof(input.Slug));
        var name = rules.Bilingual(input.Name, nameof(input.Name), EditRules.NameMax, required: true);
        var description = rules.Bilingual(input.Description, nameof(input.Description), EditRules.TextMax, required: false);
        var zone = input.TimeZone is null ? forumZone : rules.TimeZone(input.TimeZone, nameof(input.TimeZone));
        if (input.EndDate < input.StartDate)
        {
            rules.Add(nameof(input.EndDate), "The event cannot end before it starts.");
        }
        else if (input.EndDate.DayNumber - input.StartDate.DayNumber > 31)
        {
            rules.Add(nameof(input.EndDate), "An event lasts at most 32 days.");
        }
        if (input.Capacity is < 1)
        {
            rules.Add(nameof(input.Capacity), "At least 1, or empty for no limit.");
        }
        if (input.RegistrationOpensAt is { } opens && input.RegistrationClosesAt is { } closes && closes <= opens)
        {
            rules.Add(nameof(input.RegistrationClosesAt), "Registration must close after it opens.");
        }
        Venue? venue = null;
        if (input.Venue is { } v)
        {
            venue = ev.Venue ?? new Venue { City = "" };
            venue.Name = rules.Bilingual(v.Name, "Venue.Name", 200, required: true);
            venue.Address = rules.Bilingual(v.Address, "Venue.Address", 300, required: false);
            venue.City = rules.Text(v.City, "Venue.City", 100, required: true) ?? "";
        }
        if (slug.Length > 0 && await db.Events.AnyAsync(e => e.ForumId == ev.ForumId && e.Slug == slug && e.Id != ev.Id, ct))
        {
            rules.Add(nameof(input.Slug), $"Another event of this forum already uses the address {slug}.");
        }
        rules.ThrowIfAny();

        ev.Slug = slug;
        ev.Name = name;
        ev.Description = description;
        ev.TimeZoneId = zone;
        ev.StartDate = input.StartDate;
        ev.EndDate = input.EndDate;
        ev.Capacity = input.Capacity;
        ev.RegistrationOpensAtUtc = input.RegistrationOpensAt?.UtcDateTime;
        ev.RegistrationClosesAtUtc = input.RegistrationClosesAt?.UtcDateTime;
        ev.Published = input.Published;
        if (venue is not null)
        {
            ev.Venue = venue;
        }

        // Sessions stay within their event: a change of dates or zone that would leave one outside is refused.
        if (ev.Id != 0)
        {
            var (startUtc, endUtc) = ev.UtcRange();
            var outside = await db.Sessions.Where(s => s.EventId == ev.Id && (s.StartsAtUtc < startUtc || s.EndsAtUtc > endUtc))
                .Select(s => s.Title).FirstOrDefaultAsync(ct);
            if (outside is not null)
            {
                throw new DomainValidationException(nameof(input.StartDate),
                    $"\"{outside.Current}\" would lie outside the event's new dates; move it first.");
            }
        }
    }
}
