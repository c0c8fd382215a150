using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Programme.Organizations;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Matchmaking.Opportunities;

/// <summary>
/// Who may write an organization's profile and opportunities in a forum: people with an approved registration for
/// one of the forum's events on behalf of that organization (once the organization is approved, if it was proposed at
/// registration), and the forum's organizers (administrators pass too).
/// </summary>
public sealed class OpportunityEditors(AppDbContext db, ForumAccess access)
{
    public async Task<bool> CanEditAsync(ClaimsPrincipal user, int forumId, int organizationId, CancellationToken ct) =>
        await access.IsOrganizerAsync(user, forumId) || (await OwnOrganizationsAsync(user, forumId, ct)).Contains(organizationId);

    /// <summary>The organizations the user represents in the forum through approved registrations.</summary>
    public async Task<List<int>> OwnOrganizationsAsync(ClaimsPrincipal user, int forumId, CancellationToken ct)
    {
        var userId = ForumAccess.UserId(user);
        if (userId is null)
        {
            return [];
        }
        return await db.Registrations.AsNoTracking()
            .Where(r => r.UserId == userId && r.Status == RegistrationStatus.Approved && r.Event.ForumId == forumId && r.OrganizationId != null
                && r.Organization!.Status == OrganizationStatus.Approved)
            .Select(r => r.OrganizationId!.Value).Distinct().ToListAsync(ct);
    }
}
