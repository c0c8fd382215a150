using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Programme.People;
using SpaceBridge.Web.Features.Programme.Sessions;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.Programme.Events;

/// <summary>Everyone who speaks, moderates or sits on a panel at an event, grouped by the country of their organization.</summary>
public sealed class SpeakersModel(AppDbContext db, DraftVisibility visibility) : PageModel
{
    public sealed record Appearance(int SessionId, BilingualText Title, SessionRole Role, DateTime StartsAtUtc);

    public sealed record Speaker(Person Person, BilingualText? Organization, string? CountryCode, BilingualText? Country, IReadOnlyList<Appearance> Sessions);

    public Event Event { get; private set; } = null!;
    public IReadOnlyList<CountryGroup<Speaker>> Groups { get; private set; } = [];

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
        var rows = await db.SessionPeople.AsNoTracking()
            .Where(sp => sp.Session.EventId == id && (withDrafts || sp.Session.Published))
            .Select(sp => new
            {
                Person = new Person { Id = sp.PersonId, RomanizedName = sp.Person.RomanizedName, HangulName = sp.Person.HangulName, Position = sp.Person.Position },
                Organization = sp.Person.Organization == null ? null : sp.Person.Organization.Name,
                CountryCode = sp.Person.Organization == null ? null : sp.Person.Organization.CountryCode,
                Country = sp.Person.Organization == null ? null : sp.Person.Organization.Country.Name,
                Appearance = new Appearance(sp.SessionId, sp.Session.Title, sp.Role, sp.Session.StartsAtUtc),
            })
            .ToListAsync(cancellationToken);

        var culture = CultureInfo.CurrentUICulture;
        var speakers = rows
            .GroupBy(r => r.Person.Id)
            .Select(g => new Speaker(g.First().Person, g.First().Organization, g.First().CountryCode, g.First().Country,
                g.Select(r => r.Appearance).OrderBy(a => a.StartsAtUtc).ToList()))
            .OrderBy(s => s.Person.DisplayName(culture), StringComparer.Create(culture, ignoreCase: true));
        Groups = CountryGroup<Speaker>.Build(speakers, s => (s.CountryCode, s.Country));
        return Page();
    }
}
