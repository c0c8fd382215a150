using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Exhibition;

/// <summary>Leads as staff see them: a name only where the visitor consented to share it.</summary>
public static class LeadViews
{
    public static async Task<Dictionary<int, LeadDto>> ByIdAsync(AppDbContext db, IEnumerable<int> leadIds, CancellationToken ct)
    {
        var ids = leadIds.Distinct().ToList();
        var leads = await db.Leads.AsNoTracking().Include(l => l.Registration).Where(l => ids.Contains(l.Id)).ToListAsync(ct);
        return leads.ToDictionary(l => l.Id, ToDto);
    }

    public static LeadDto ToDto(Lead l) => new(
        l.Id, l.ClientScanId, l.ScannedAtUtc, l.Rating, l.Notes, !l.ConsentToShare,
        l.ConsentToShare
            ? new LeadVisitorDto(l.Registration.RomanizedName, l.Registration.HangulName, l.Registration.OrganizationName,
                l.Registration.CountryCode, l.Registration.Position, l.Registration.Email)
            : null,
        l.Version);

    public static string OutcomeName(LeadScanResult result) => result switch
    {
        LeadScanResult.Recorded => "recorded",
        LeadScanResult.Existing => "existing",
        LeadScanResult.InvalidToken => "invalid-token",
        LeadScanResult.UnknownBadge => "unknown-badge",
        LeadScanResult.OtherEvent => "other-event",
        _ => "not-approved",
    };
}
