using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Programme.People;
using SpaceBridge.Web.Features.Programme.Sessions;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Programme.Events;

/// <summary>One day of an event's agenda, optionally narrowed by topic, kind and room.</summary>
public sealed class AgendaModel(AppDbContext db, DraftVisibility visibility) : PageModel
{
    public Event Event { get; private set; } = null!;
    public IReadOnlyList<DateOnly> Days { get; private set; } = [];
    public IReadOnlyList<TopicRef> Topics { get; private set; } = [];
    public IReadOnlyList<SessionKind> Kinds { get; private set; } = [];
    public IReadOnlyList<RoomRef> Rooms { get; private set; } = [];
    public AgendaFilter Filter { get; private set; } = null!;
    public IReadOnlyList<AgendaItem> Items { get; private set; } = [];
    public int DayTotal { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, string? day, string? topic, string? kind, string? room, CancellationToken cancellationToken)
    {
        var ev = await EventLookup.FindAsync(db, id, cancellationToken);
        var drafts = await visibility.ForumsAsync(User, cancellationToken);
        if (ev is null || !(ev.Published || drafts.Contains(ev.ForumId)))
        {
            return NotFound();
        }
        // Organizers of the forum see draft sessions too; everyone else the published ones.
        var withDrafts = drafts.Contains(ev.ForumId);
        Event = ev;
        Days = ev.Days();
        Topics = await db.Topics.AsNoTracking().Where(t => t.EventId == id).OrderBy(t => t.Id)
            .Select(t => new TopicRef(t.Slug, t.Name)).ToListAsync(cancellationToken);
        Kinds = (await db.Sessions.AsNoTracking().Where(s => s.EventId == id && (withDrafts || s.Published)).Select(s => s.Kind).Distinct().ToListAsync(cancellationToken))
            .Order().ToList();
        Rooms = await db.Rooms.AsNoTracking().Where(r => db.Sessions.Any(s => s.EventId == id && (withDrafts || s.Published) && s.RoomId == r.Id)).OrderBy(r => r.Id)
            .Select(r => new RoomRef(r.Id, r.Name)).ToListAsync(cancellationToken);
        Filter = AgendaFilter.Parse(day, topic, kind, room, Days, Topics, Kinds, Rooms);

        var (fromUtc, toUtc) = ev.DayBoundsUtc(Filter.Day);
        var sessions = db.Sessions.AsNoTracking().Where(s => s.EventId == id && (withDrafts || s.Published) && s.StartsAtUtc >= fromUtc && s.StartsAtUtc < toUtc);
        DayTotal = await sessions.CountAsync(cancellationToken);
        if (Filter.Topic is { } slug)
        {
            sessions = sessions.Where(s => s.Topics.Any(t => t.Slug == slug));
        }
        if (Filter.Kind is { } k)
        {
            sessions = sessions.Where(s => s.Kind == k);
        }
        if (Filter.RoomId is { } roomId)
        {
            sessions = sessions.Where(s => s.RoomId == roomId);
        }
        Items = await sessions
            .OrderBy(s => s.StartsAtUtc).ThenBy(s => s.EndsAtUtc).ThenBy(s => s.Id)
            .Select(s => new AgendaItem(s.Id, s.Kind, s.Title, s.StartsAtUtc, s.EndsAtUtc,
                s.Room == null ? null : new RoomRef(s.Room.Id, s.Room.Name),
                s.Topics.OrderBy(t => t.Id).Select(t => new TopicRef(t.Slug, t.Name)).ToList(),
                s.People.OrderBy(p => p.Order)
                    .Select(p => new PersonInRole(new Person { Id = p.PersonId, RomanizedName = p.Person.RomanizedName, HangulName = p.Person.HangulName }, p.Role))
                    .ToList()))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return Page();
    }

    /// <summary>Agenda address for another day or filter, keeping the rest of the current selection.</summary>
    public string AgendaUrl(DateOnly? day = null, string? topic = null, bool keepFilters = true)
    {
        var query = new Dictionary<string, string?> { ["day"] = (day ?? Filter.Day).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) };
        if (keepFilters)
        {
            query["topic"] = topic ?? Filter.Topic;
            query["kind"] = Filter.Kind?.ToString();
            query["room"] = Filter.RoomId?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        else if (topic is not null)
        {
            query["topic"] = topic;
        }
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString($"/events/{Event.Id}/agenda",
            query.Where(p => p.Value is not null));
    }
}
