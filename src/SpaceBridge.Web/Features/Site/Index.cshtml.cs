using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.Site;

/// <summary>Home: each published forum with its symposia, dates and venue.</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public sealed record EventCard(int Id, BilingualText Name, BilingualText Description, DateOnly StartDate, DateOnly EndDate,
        BilingualText? VenueName, string? VenueCity);

    public sealed record ForumCard(int Id, BilingualText Name, BilingualText Description, string City, IReadOnlyList<EventCard> Events);

    public IReadOnlyList<ForumCard> Forums { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Forums = await db.Forums.AsNoTracking()
            .OrderBy(f => f.Id)
            .Select(f => new ForumCard(f.Id, f.Name, f.Description, f.City,
                f.Events.OrderBy(e => e.StartDate).ThenBy(e => e.Id)
                    .Select(e => new EventCard(e.Id, e.Name, e.Description, e.StartDate, e.EndDate,
                        e.Venue == null ? null : e.Venue.Name, e.Venue == null ? null : e.Venue.City))
                    .ToList()))
            .ToListAsync(cancellationToken);
    }
}
