using SpaceBridge.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Programme.Sessions;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Programme.Events;

/// <summary>One day of an event for its organizers: rooms as columns, half hours as rows, each session linked to its form.</summary>
[Authorize]
public sealed class TimetableModel(AppDbContext db, ForumAccess access) : PageModel
{
    public const int SlotMinutes = 30;

    public Event Event { get; private set; } = null!;
    public IReadOnlyList<DateOnly> Days { get; private set; } = [];
    public DateOnly Day { get; private set; }
    public List<Room> Rooms { get; private set; } = [];
    public bool HasRoomless { get; private set; }
    public List<TimeOnly> Rows { get; private set; } = [];
    public List<Session> Sessions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int eventId, DateOnly? day, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().Include(e => e.Forum).FirstOrDefaultAsync(e => e.Id == eventId, ct);
        if (ev is null) return NotFound();
        if (!await access.IsOrganizerAsync(User, ev.ForumId)) return this.NeedsRole(NeededRole.ForumOrganizer);
        Event = ev;
        Days = ev.Days();
        Day = day is { } d && Days.Contains(d) ? d : ev.StartDate;
        var (from, to) = ev.DayBoundsUtc(Day);
        Sessions = await db.Sessions.AsNoTracking().Where(s => s.EventId == eventId && s.StartsAtUtc < to && s.EndsAtUtc > from)
            .OrderBy(s => s.StartsAtUtc).ToListAsync(ct);
        Rooms = ev.VenueId is { } venueId ? await db.Rooms.AsNoTracking().Where(r => r.VenueId == venueId).OrderBy(r => r.Id).ToListAsync(ct) : [];
        HasRoomless = Sessions.Any(s => s.RoomId is null);
        var first = Sessions.Count == 0 ? new TimeOnly(9, 0) : TimeOnly.FromDateTime(Local(Sessions.Min(s => s.StartsAtUtc)));
        var last = Sessions.Count == 0 ? new TimeOnly(18, 0) : TimeOnly.FromDateTime(Local(Sessions.Max(s => s.EndsAtUtc)));
        for (var t = new TimeOnly(first.Hour, first.Minute < SlotMinutes ? 0 : SlotMinutes); t < last && Rows.Count < 48; t = t.AddMinutes(SlotMinutes))
        {
            Rows.Add(t);
            if (t.AddMinutes(SlotMinutes) < t) break;
        }
        return Page();
    }

    private DateTime Local(DateTime utc) => Event.ToLocal(utc).DateTime;

    /// <summary>The sessions in a room (null: without a room) that are under way during the half hour starting at <paramref name="row"/>.</summary>
    public IEnumerable<Session> In(int? roomId, TimeOnly row)
    {
        var start = Event.ToUtc(Day, row);
        var end = start.AddMinutes(SlotMinutes);
        return Sessions.Where(s => s.RoomId == roomId && s.StartsAtUtc < end && s.EndsAtUtc > start);
    }

    public bool StartsIn(Session s, TimeOnly row)
    {
        var start = Event.ToUtc(Day, row);
        return s.StartsAtUtc >= start && s.StartsAtUtc < start.AddMinutes(SlotMinutes) || (row == Rows[0] && s.StartsAtUtc < start);
    }
}
