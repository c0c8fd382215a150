using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Pipeline.Initiatives;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.Programme.Events;

/// <summary>An event's overview: description, dates, zone, venue, hosts, topics and where to go next.</summary>
public sealed class DetailsModel(AppDbContext db, DraftVisibility visibility, TimeProvider clock) : PageModel
{
    public const int PublicInitiativesShown = 5;

    public sealed record PublicInitiative(int Id, BilingualText Title, InitiativeStage Stage);

    public sealed record VenueInfo(BilingualText Name, BilingualText Address, string City);

    public sealed record HostInfo(int OrganizationId, BilingualText Name, string? Acronym, HostRole Role, BilingualText Country);

    public sealed record Overview(BilingualText Description, VenueInfo? Venue, IReadOnlyList<HostInfo> Hosts, IReadOnlyList<TopicRef> Topics, int SessionCount);

    public Event Event { get; private set; } = null!;
    public Overview Details { get; private set; } = null!;
    /// <summary>The forum's public cooperation initiatives, most recently changed first (a few; the list page has them all).</summary>
    public IReadOnlyList<PublicInitiative> Initiatives { get; private set; } = [];
    public int InitiativeCount { get; private set; }
    /// <summary>Whether the event's registration window is open now; the page offers "Register" only while it is (and the event is published).</summary>
    public RegistrationWindowState Window { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
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
        Window = ev.RegistrationStateAt(clock.GetUtcNow().UtcDateTime);
        var details = await db.Events.AsNoTracking()
            .Where(e => e.Id == id)
            .Select(e => new Overview(
                e.Description,
                e.Venue == null ? null : new VenueInfo(e.Venue.Name, e.Venue.Address, e.Venue.City),
                e.Hosts.Select(h => new HostInfo(h.OrganizationId, h.Organization.Name, h.Organization.Acronym, h.Role, h.Organization.Country.Name)).ToList(),
                e.Topics.OrderBy(t => t.Id).Select(t => new TopicRef(t.Slug, t.Name)).ToList(),
                e.Sessions.Count(s => withDrafts || s.Published)))
            .AsSplitQuery()
            .SingleAsync(cancellationToken);
        // Roles are stored by name; show the host first, then co-hosts, co-organizers and partners.
        Details = details with { Hosts = details.Hosts.OrderBy(h => h.Role).ThenBy(h => h.OrganizationId).ToList() };
        var publicInitiatives = db.Initiatives.AsNoTracking().Where(i => i.ForumId == ev.ForumId && i.Visibility == InitiativeVisibility.Public);
        InitiativeCount = await publicInitiatives.CountAsync(cancellationToken);
        Initiatives = await publicInitiatives.OrderByDescending(i => i.LastChangedAtUtc).ThenBy(i => i.Id).Take(PublicInitiativesShown)
            .Select(i => new PublicInitiative(i.Id, i.Title, i.Stage)).ToListAsync(cancellationToken);
        return Page();
    }
}
