using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Registrations.Directory;

/// <summary>A person as the directory shows them: never an e-mail address.</summary>
public sealed record DirectoryEntry(string? HangulName, string RomanizedName, string Organization, string CountryCode, string CountryName,
    string? Position, int? ProtocolRank, string? Delegation);

/// <summary>
/// Who else is coming: approved participants who consented to appear, grouped by country and ordered by
/// protocol rank. Open to participants with an approved registration for the event and to its organizers.
/// </summary>
public sealed class ParticipantDirectory(AppDbContext db, ForumAccess access)
{
    public async Task<bool> CanViewAsync(ClaimsPrincipal user, int eventId)
    {
        var userId = ForumAccess.UserId(user);
        if (userId is null)
        {
            return false;
        }
        return await db.Registrations.AnyAsync(r => r.EventId == eventId && r.UserId == userId && r.Status == RegistrationStatus.Approved)
            || await access.IsEventOrganizerAsync(user, eventId);
    }

    public async Task<List<DirectoryEntry>> ListAsync(int eventId, CultureInfo culture, CancellationToken ct = default)
    {
        var people = await db.Registrations.AsNoTracking()
            .Where(r => r.EventId == eventId && r.Status == RegistrationStatus.Approved && r.ConsentToDirectory)
            .Select(r => new { r.HangulName, r.RomanizedName, r.OrganizationName, r.CountryCode, Country = r.Country.Name, r.Position, r.ProtocolRank,
                Delegation = r.Delegation == null ? null : r.Delegation.Name })
            .ToListAsync(ct);
        var comparer = StringComparer.Create(culture, ignoreCase: true);
        return people
            .Select(p => new DirectoryEntry(p.HangulName, p.RomanizedName, p.OrganizationName, p.CountryCode, p.Country.In(culture), p.Position, p.ProtocolRank, p.Delegation))
            .OrderBy(p => p.CountryName, comparer)
            .ThenBy(p => p.ProtocolRank is null).ThenBy(p => p.ProtocolRank)
            .ThenBy(p => p.RomanizedName, comparer)
            .ToList();
    }
}
