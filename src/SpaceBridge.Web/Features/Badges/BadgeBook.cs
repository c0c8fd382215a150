using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Badges;

/// <summary>Finds the approved registrations to print badges for.</summary>
public sealed class BadgeBook(AppDbContext db)
{
    /// <summary>All approved participants of an event, by protocol rank (unranked last), then name.</summary>
    public Task<List<BadgeCard>> ForEventAsync(int eventId, CancellationToken ct = default) =>
        Cards(db.Registrations.Where(r => r.EventId == eventId && r.Status == RegistrationStatus.Approved)
                .OrderBy(r => r.ProtocolRank == null).ThenBy(r => r.ProtocolRank).ThenBy(r => r.RomanizedName).ThenBy(r => r.Id))
            .ToListAsync(ct);

    public Task<BadgeCard?> ForRegistrationAsync(int registrationId, CancellationToken ct = default) =>
        Cards(db.Registrations.Where(r => r.Id == registrationId)).FirstOrDefaultAsync(ct);

    private static IQueryable<BadgeCard> Cards(IQueryable<Registration> registrations) =>
        registrations.AsNoTracking().Select(r => new BadgeCard(
            r.Id, r.HangulName, r.RomanizedName, r.OrganizationName, r.CountryCode, r.Country.Name, r.ParticipantType,
            r.Event.Name, r.Event.StartDate, r.Event.EndDate, r.BadgeToken));
}
