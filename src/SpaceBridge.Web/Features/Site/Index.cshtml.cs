using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.Site;

/// <summary>Home: each published forum with its symposia, dates and venue.</summary>
public sealed class IndexModel(AppDbContext db, SpaceBridge.Web.Features.Programme.Events.DraftVisibility visibility) : PageModel
{
    public sealed record EventCard(int Id, BilingualText Name, BilingualText Description, DateOnly StartDate, DateOnly EndDate,
        BilingualText? VenueName, string? VenueCity);

    public sealed record ForumCard(int Id, BilingualText Name, BilingualText Description, string City, IReadOnlyList<EventCard> Events);

    public IReadOnlyList<ForumCard> Forums { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var drafts = await visibility.ForumsAsync(User, cancellationToken);
        // A forum shows once it has a published event; its organizers see their drafts here too.
        Forums = await db.Forums.AsNoTracking()
            .Where(f => f.Events.Any(e => e.Published) || drafts.Contains(f.Id))
            .OrderBy(f => f.Id)
            .Select(f => new ForumCard(f.Id, f.Name, f.Description, f.City,
                f.Events.Where(e => e.Published || drafts.Contains(e.ForumId)).OrderBy(e => e.StartDate).ThenBy(e => e.Id)
                    .Select(e => new EventCard(e.Id, e.Name, e.Description, e.StartDate, e.EndDate,
                        e.Venue == null ? null : e.Venue.Name, e.Venue == null ? null : e.Venue.City))
                    .ToList()))
            .ToListAsync(cancellationToken);
    }
}
