using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Matchmaking.Requests;

/// <summary>Matchmaking participants are the approved registrations of an event, each owned by one account.</summary>
public static class MatchmakingParticipants
{
    public static IQueryable<Registration> Approved(this IQueryable<Registration> registrations, int eventId) =>
        registrations.Where(r => r.EventId == eventId && r.Status == RegistrationStatus.Approved);

    /// <summary>The signed-in user's approved registration for the event, or null (not registered, not approved, signed out).</summary>
    public static async Task<Registration?> CurrentAsync(AppDbContext db, ClaimsPrincipal user, int eventId, CancellationToken ct)
    {
        var userId = ForumAccess.UserId(user);
        if (userId is null)
        {
            return null;
        }
        return await db.Registrations.AsNoTracking().Approved(eventId).Where(r => r.UserId == userId)
            .OrderBy(r => r.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>Same organization: the same directory entry, or (for free-text organizations) the same name.</summary>
    public static bool SameOrganization(Registration a, Registration b) =>
        a.OrganizationId is not null && b.OrganizationId is not null
            ? a.OrganizationId == b.OrganizationId
            : string.Equals(a.OrganizationName.Trim(), b.OrganizationName.Trim(), StringComparison.OrdinalIgnoreCase);
}
