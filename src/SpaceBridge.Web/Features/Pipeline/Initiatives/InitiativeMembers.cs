using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Pipeline.Initiatives;

/// <summary>
/// Who represents an organization in a forum, as matchmaking decides it: the accounts with an approved registration
/// for one of the forum's events that names the organization (its directory entry).
/// </summary>
public static class InitiativeMembers
{
    public static Task<List<int>> OrganizationsOfAsync(AppDbContext db, string? userId, int forumId, CancellationToken ct) =>
        userId is null
            ? Task.FromResult(new List<int>())
            : db.Registrations.AsNoTracking()
                .Where(r => r.UserId == userId && r.Status == RegistrationStatus.Approved && r.Event.ForumId == forumId && r.OrganizationId != null)
                .Select(r => r.OrganizationId!.Value).Distinct().ToListAsync(ct);

    /// <summary>E-mail addresses and names of the members of the given organizations in the forum, one per account.</summary>
    public static async Task<List<(string Email, string Name, string UserId)>> OfAsync(AppDbContext db, int forumId,
        IReadOnlyCollection<int> organizationIds, CancellationToken ct)
    {
        var rows = await db.Registrations.AsNoTracking()
            .Where(r => r.Status == RegistrationStatus.Approved && r.Event.ForumId == forumId && r.OrganizationId != null
                && organizationIds.Contains(r.OrganizationId.Value) && r.UserId != null)
            .OrderBy(r => r.Id)
            .Select(r => new { r.Email, r.RomanizedName, UserId = r.UserId! })
            .ToListAsync(ct);
        return rows.DistinctBy(m => m.UserId).Select(m => (m.Email, m.RomanizedName, m.UserId)).ToList();
    }
}
