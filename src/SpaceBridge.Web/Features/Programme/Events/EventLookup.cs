using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Programme.Events;

public static class EventLookup
{
    /// <summary>
    /// The event fields every event page needs (name, zone, dates), untracked; null for an unknown id.
    /// The result is an <see cref="Event"/> so that times go through <see cref="Event.ToLocal"/>.
    /// </summary>
    public static Task<Event?> FindAsync(AppDbContext db, int id, CancellationToken cancellationToken) =>
        db.Events.AsNoTracking()
            .Where(e => e.Id == id)
            .Select(e => new Event
            {
                Id = e.Id,
                ForumId = e.ForumId,
                Slug = e.Slug,
                Name = e.Name,
                TimeZoneId = e.TimeZoneId,
                StartDate = e.StartDate,
                EndDate = e.EndDate,
                Published = e.Published,
                RegistrationOpensAtUtc = e.RegistrationOpensAtUtc,
                RegistrationClosesAtUtc = e.RegistrationClosesAtUtc,
                Capacity = e.Capacity,
                Version = e.Version,
            })
            .FirstOrDefaultAsync(cancellationToken);

    public static IReadOnlyList<DateOnly> Days(this Event ev) =>
        Enumerable.Range(0, ev.EndDate.DayNumber - ev.StartDate.DayNumber + 1).Select(ev.StartDate.AddDays).ToList();
}
