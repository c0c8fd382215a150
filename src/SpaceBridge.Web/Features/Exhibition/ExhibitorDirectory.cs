using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Exhibition;

/// <summary>The public list of an event's exhibitors: searchable by name in either language (or acronym) and by country.</summary>
public static class ExhibitorDirectory
{
    public const int SearchMaxLength = 100;

    /// <summary>Exhibitors with organization, country and booths, in booth-code order (exhibitors without a booth last).</summary>
    public static IQueryable<Exhibitor> Query(AppDbContext db, int eventId, string? search, string? countryCode)
    {
        var query = db.Exhibitors.AsNoTracking().AsSplitQuery()
            .Include(e => e.Organization).ThenInclude(o => o.Country)
            .Include(e => e.Booths)
            .Where(e => e.EventId == eventId);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim().ToLower();
            query = query.Where(e => (e.Organization.Name.En != null && e.Organization.Name.En.ToLower().Contains(term))
                || (e.Organization.Name.Ko != null && e.Organization.Name.Ko.Contains(term))
                || (e.Organization.Acronym != null && e.Organization.Acronym.ToLower().Contains(term)));
        }
        if (countryCode is not null)
        {
            query = query.Where(e => e.Organization.CountryCode == countryCode);
        }
        return query
            .OrderBy(e => e.Booths.Min(b => (string?)b.Code) == null)
            .ThenBy(e => e.Booths.Min(b => (string?)b.Code))
            .ThenBy(e => e.Id);
    }
}
