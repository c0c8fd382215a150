using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Infrastructure.Audit;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Registrations;

/// <summary>
/// A registration belongs to the account that has confirmed its e-mail address. A head of delegation (or an
/// organizer's import) may register someone who has no account yet; once that person has a confirmed account,
/// the entry made in their name is theirs: they see it among their registrations, can cancel it, and after
/// cancelling can register themselves. Claimed when the address is confirmed, at every sign-in, and whenever the person
/// looks at or submits their registrations; claiming again finds nothing more to claim.
/// </summary>
public sealed class RegistrationOwnership(AppDbContext db, AuditLog audit)
{
    /// <summary>Links the user's unowned registrations (same confirmed e-mail) to the account; the number linked.</summary>
    public async Task<int> ClaimAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var userId = ForumAccess.UserId(user);
        return userId is null ? 0 : await ClaimAsync(userId, user, ct);
    }

    /// <summary>As <see cref="ClaimAsync(ClaimsPrincipal, CancellationToken)"/>, for an account that is not signed in on this request.</summary>
    public Task<int> ClaimAsync(string userId, CancellationToken ct = default) =>
        ClaimAsync(userId, new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId)], "Account")), ct);

    private async Task<int> ClaimAsync(string userId, ClaimsPrincipal user, CancellationToken ct)
    {
        var account = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.Email, u.EmailConfirmed }).FirstOrDefaultAsync(ct);
        if (account is not { EmailConfirmed: true, Email: { Length: > 0 } email })
        {
            return 0;
        }
        var normalized = RegistrationRules.NormalizeEmail(email);
        if (!await db.Registrations.AnyAsync(r => r.UserId == null && r.Email == normalized, ct))
        {
            return 0;
        }
        // The link and its audit entries together or not at all.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var unowned = await db.Registrations.Where(r => r.UserId == null && r.Email == normalized)
            .Select(r => new { r.Id, r.EventId, r.Event.ForumId }).ToListAsync(ct);
        var ids = unowned.Select(r => r.Id).ToList();
        var claimed = await db.Registrations.Where(r => ids.Contains(r.Id) && r.UserId == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.UserId, userId).SetProperty(r => r.Version, r => r.Version + 1), ct);
        foreach (var r in unowned)
        {
            audit.Record(user, "registration.claimed", $"registration:{r.Id}", normalized, r.ForumId, r.EventId);
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return claimed;
    }
}
