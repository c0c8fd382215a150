using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Features.Programme.People;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.Programme.Sessions;

/// <summary>One session: when (in the event's zone), where, what, and who takes part in which role.</summary>
public sealed class DetailsModel(AppDbContext db, DraftVisibility visibility) : PageModel
{
    public sealed record Participant(Person Person, SessionRole Role, BilingualText? Organization)
    {
        public string Affiliation() => Shared.Affiliation.Of(Person.Position, Organization);
    }

    public sealed record SessionDetails(
        int Id,
        Event Event,
        SessionKind Kind,
        BilingualText Title,
        BilingualText Description,
        DateTime StartsAtUtc,
        DateTime EndsAtUtc,
        BilingualText? Room,
        IReadOnlyList<TopicRef> Topics,
        IReadOnlyList<Participant> People);

    public SessionDetails Session { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var drafts = await visibility.ForumsAsync(User, cancellationToken);
        var session = await db.Sessions.AsNoTracking()
            .Where(s => s.Id == id)
            .VisibleIn(drafts)
            .Select(s => new SessionDetails(
                s.Id,
                new Event { Id = s.Event.Id, Slug = s.Event.Slug, Name = s.Event.Name, TimeZoneId = s.Event.TimeZoneId, StartDate = s.Event.StartDate, EndDate = s.Event.EndDate },
                s.Kind,
                s.Title,
                s.Description,
                s.StartsAtUtc,
                s.EndsAtUtc,
                s.Room == null ? null : s.Room.Name,
                s.Topics.OrderBy(t => t.Id).Select(t => new TopicRef(t.Slug, t.Name)).ToList(),
                s.People.OrderBy(p => p.Order)
                    .Select(p => new Participant(
                        new Person { Id = p.PersonId, RomanizedName = p.Person.RomanizedName, HangulName = p.Person.HangulName, Position = p.Person.Position },
                        p.Role,
                        p.Person.Organization == null ? null : p.Person.Organization.Name))
                    .ToList()))
            .AsSplitQuery()
            .FirstOrDefaultAsync(cancellationToken);
        if (session is null)
        {
            return NotFound();
        }
        Session = session;
        return Page();
    }
}
