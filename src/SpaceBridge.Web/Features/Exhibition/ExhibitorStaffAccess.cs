using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Exhibition;

/// <summary>
/// Who may act for an exhibitor: its staff, and platform administrators. Organizers assign staff but do not read
/// leads: a lead is the exhibitor's business, and a visitor's consent was given to the exhibitor.
/// </summary>
public sealed class ExhibitorStaffAccess(AppDbContext db)
{
    /// <summary>The exhibitor if the user may act for it; throws <see cref="ExhibitorRefused"/> otherwise.</summary>
    public async Task<Exhibitor> RequireAsync(ClaimsPrincipal user, int exhibitorId, CancellationToken ct = default)
    {
        var exhibitor = await db.Exhibitors.AsNoTracking().Include(e => e.Organization).Include(e => e.Event)
            .FirstOrDefaultAsync(e => e.Id == exhibitorId, ct) ?? throw ExhibitorRefused.NoSuchExhibitor();
        if (ForumAccess.IsAdministrator(user))
        {
            return exhibitor;
        }
        var userId = ForumAccess.UserId(user);
        var isStaff = userId is not null && await db.ExhibitorStaff.AnyAsync(s => s.ExhibitorId == exhibitorId && s.UserId == userId, ct);
        return isStaff ? exhibitor : throw ExhibitorRefused.NotStaff();
    }

    /// <summary>The exhibitors (with event and organization) whose staff the user is on, newest event first.</summary>
    public Task<List<Exhibitor>> MineAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var userId = ForumAccess.UserId(user);
        return db.Exhibitors.AsNoTracking().Include(e => e.Organization).Include(e => e.Event).Include(e => e.Booths)
            .Where(e => e.Staff.Any(s => s.UserId == userId))
            .OrderByDescending(e => e.Event.StartDate).ThenBy(e => e.Id)
            .ToListAsync(ct);
    }
}
