using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Programme.Forums;
using SpaceBridge.Web.Features.Programme.Organizations;
using SpaceBridge.Web.Infrastructure.Audit;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Features.Accounts.Roles;

/// <summary>
/// Grants and revokes forum roles. Administrators may grant any role; organizers may grant and revoke
/// delegate, exhibitor and press in their own forum. An organizer acts for a co-host organization of the forum.
/// </summary>
public sealed class ForumRoleGrants(AppDbContext db, ForumAccess access, AuditLog audit)
{
    public static readonly ForumRole[] ParticipantRoles = [ForumRole.Delegate, ForumRole.Exhibitor, ForumRole.Press];

    public async Task<bool> MayManageAsync(ClaimsPrincipal actor, int forumId, ForumRole role) =>
        ForumAccess.IsAdministrator(actor)
        || (ParticipantRoles.Contains(role) && await access.IsOrganizerAsync(actor, forumId));

    /// <summary>Forums in which the actor may grant at least one role.</summary>
    public async Task<List<Forum>> ManageableForumsAsync(ClaimsPrincipal actor)
    {
        if (ForumAccess.IsAdministrator(actor))
        {
            return await db.Forums.OrderBy(f => f.Slug).ToListAsync();
        }
        var userId = ForumAccess.UserId(actor);
        return await db.Forums
            .Where(f => db.ForumRoles.Any(r => r.ForumId == f.Id && r.UserId == userId && r.Role == ForumRole.Organizer))
            .OrderBy(f => f.Slug).ToListAsync();
    }

    /// <summary>The forum's co-hosts and the organizations that host (in any role) one of its events: those an organizer may act for.</summary>
    public Task<List<Organization>> CoHostsAsync(int forumId) =>
        db.Organizations.Where(o => db.ForumHosts.Any(h => h.OrganizationId == o.Id && h.ForumId == forumId)
                || db.EventHosts.Any(h => h.OrganizationId == o.Id && h.Event.ForumId == forumId))
            .OrderBy(o => o.Acronym).ToListAsync();

    public async Task<ForumRoleAssignment> GrantAsync(ClaimsPrincipal actor, string email, int forumId, ForumRole role, string? organizationAcronym)
    {
        if (!await MayManageAsync(actor, forumId, role))
        {
            throw new UnauthorizedAccessException("The actor may not grant this role in this forum.");
        }
        var normalized = email.Trim().ToUpperInvariant();
        var user = await db.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == normalized)
            ?? throw Invalid("Email", "Grant.NoSuchUser");
        int? organizationId = null;
        if (role == ForumRole.Organizer)
        {
            var hosts = await CoHostsAsync(forumId);
            var organization = hosts.FirstOrDefault(o => string.Equals(o.Acronym, organizationAcronym?.Trim(), StringComparison.OrdinalIgnoreCase))
                ?? throw Invalid("Organization", "Grant.NotACoHost");
            organizationId = organization.Id;
        }
        if (await db.ForumRoles.AnyAsync(r => r.UserId == user.Id && r.ForumId == forumId && r.Role == role))
        {
            throw Invalid("Role", "Grant.AlreadyHeld");
        }
        var assignment = new ForumRoleAssignment { UserId = user.Id, ForumId = forumId, Role = role, OrganizationId = organizationId };
        db.ForumRoles.Add(assignment);
        audit.Record(actor, "role.grant", user.Email!, organizationAcronym is null ? role.ToString() : $"{role} for {organizationAcronym}", forumId);
        await db.SaveChangesAsync();
        return assignment;
    }

    /// <summary>Removes the assignment; false when it does not exist or the actor may not remove it.</summary>
    public async Task<bool> RevokeAsync(ClaimsPrincipal actor, int assignmentId)
    {
        var assignment = await db.ForumRoles.Include(r => r.User).FirstOrDefaultAsync(r => r.Id == assignmentId);
        if (assignment is null || !await MayManageAsync(actor, assignment.ForumId, assignment.Role))
        {
            return false;
        }
        db.ForumRoles.Remove(assignment);
        audit.Record(actor, "role.revoke", assignment.User.Email ?? assignment.UserId, assignment.Role.ToString(), assignment.ForumId);
        await db.SaveChangesAsync();
        return true;
    }

    private static DomainValidationException Invalid(string field, string messageKey) =>
        new(new Dictionary<string, string[]> { [field] = [messageKey] });
}
