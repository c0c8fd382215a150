using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Accounts.Roles;

/// <summary>
/// Answers "may this user act in this forum?". Roles are scoped to a forum; platform
/// administrators may act everywhere. Every organizer page and endpoint asks here.
/// </summary>
public sealed class ForumAccess(AppDbContext db)
{
    public static string? UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    public static bool IsAdministrator(ClaimsPrincipal user) => user.IsInRole(PlatformRoles.Administrator);

    public async Task<bool> HasRoleAsync(ClaimsPrincipal user, int forumId, params ForumRole[] roles)
    {
        if (IsAdministrator(user))
        {
            return true;
        }
        var userId = UserId(user);
        return userId is not null && await db.ForumRoles
            .AnyAsync(r => r.UserId == userId && r.ForumId == forumId && roles.Contains(r.Role));
    }

    public Task<bool> IsOrganizerAsync(ClaimsPrincipal user, int forumId) => HasRoleAsync(user, forumId, ForumRole.Organizer);

    /// <summary>Organizer of the forum that holds the event; false for unknown events.</summary>
    public async Task<bool> IsEventOrganizerAsync(ClaimsPrincipal user, int eventId)
    {
        var forumId = await ForumOfEventAsync(eventId);
        return forumId is not null && await IsOrganizerAsync(user, forumId.Value);
    }

    public Task<int?> ForumOfEventAsync(int eventId) =>
        db.Events.Where(e => e.Id == eventId).Select(e => (int?)e.ForumId).FirstOrDefaultAsync();

    public Task<bool> ForumExistsAsync(int forumId) => db.Forums.AnyAsync(f => f.Id == forumId);

    /// <summary>Whether the person exists, and the forum that maintains them (null: none, administrators only).</summary>
    public async Task<(bool Exists, int? ForumId)> OwnerOfPersonAsync(int personId)
    {
        var found = await db.People.Where(p => p.Id == personId).Select(p => new { p.ForumId }).FirstOrDefaultAsync();
        return (found is not null, found?.ForumId);
    }

    /// <summary>Whether the organization exists, and the forum that maintains it (null: none, administrators only).</summary>
    public async Task<(bool Exists, int? ForumId)> OwnerOfOrganizationAsync(int organizationId)
    {
        var found = await db.Organizations.Where(o => o.Id == organizationId).Select(o => new { o.ForumId }).FirstOrDefaultAsync();
        return (found is not null, found?.ForumId);
    }

    public Task<int?> ForumOfSessionAsync(int sessionId) =>
        db.Sessions.Where(s => s.Id == sessionId).Select(s => (int?)s.Event.ForumId).FirstOrDefaultAsync();
}
