using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Programme.Organizations;
using SpaceBridge.Web.Features.Programme.People;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.Programme.Events;

/// <summary>The organizations taking part in an event (its hosts and its speakers' organizations), grouped by country.</summary>
public sealed class OrganizationsModel(AppDbContext db, DraftVisibility visibility) : PageModel
{
    public sealed record Participant(
        int Id, BilingualText Name, string? Acronym, OrganizationKind Kind, string? Website, string CountryCode, BilingualText Country,
        IReadOnlyList<HostRole> HostRoles, IReadOnlyList<Person> Speakers);

    public Event Event { get; private set; } = null!;
    public IReadOnlyList<CountryGroup<Participant>> Groups { get; private set; } = [];

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
        var hosts = await db.EventHosts.AsNoTracking().Where(h => h.EventId == id)
            .Select(h => new { h.OrganizationId, h.Role }).ToListAsync(cancellationToken);
        var speakers = await db.SessionPeople.AsNoTracking()
            .Where(sp => sp.Session.EventId == id && (withDrafts || sp.Session.Published) && sp.Person.OrganizationId != null)
            .Select(sp => new { OrganizationId = sp.Person.OrganizationId!.Value, sp.PersonId, sp.Person.RomanizedName, sp.Person.HangulName })
            .Distinct()
            .ToListAsync(cancellationToken);
        var ids = hosts.Select(h => h.OrganizationId).Concat(speakers.Select(s => s.OrganizationId)).Distinct().ToList();
        var organizations = await db.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id))
            .Select(o => new { o.Id, o.Name, o.Acronym, o.Kind, o.Website, o.CountryCode, Country = o.Country.Name })
            .ToListAsync(cancellationToken);

        var culture = CultureInfo.CurrentUICulture;
        var compare = StringComparer.Create(culture, ignoreCase: true);
        var participants = organizations
            .Select(o => new Participant(o.Id, o.Name, o.Acronym, o.Kind, o.Website, o.CountryCode, o.Country,
                hosts.Where(h => h.OrganizationId == o.Id).Select(h => h.Role).Order().ToList(),
                speakers.Where(s => s.OrganizationId == o.Id)
                    .Select(s => new Person { Id = s.PersonId, RomanizedName = s.RomanizedName, HangulName = s.HangulName })
                    .OrderBy(p => p.DisplayName(culture), compare).ToList()))
            // Hosts first within a country, then the others by name.
            .OrderBy(p => p.HostRoles.Count == 0)
            .ThenBy(p => p.HostRoles.FirstOrDefault())
            .ThenBy(p => p.Name.Current, compare);
        Groups = CountryGroup<Participant>.Build(participants, p => (p.CountryCode, p.Country));
        return Page();
    }
}
