using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Programme.Sessions;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Programme.Events;

/// <summary>
/// Who sees drafts (decision 008): unpublished events and sessions are seen only by the organizers of their forum
/// (and administrators), through the same pages, API routes and iCal exports as the public; for everyone else they
/// do not exist (404). A session is public when it and its event are published.
/// </summary>
public sealed class DraftVisibility(AppDbContext db)
{
    /// <summary>The forums whose drafts the user may see: all for administrators, the organized ones for organizers.</summary>
    public async Task<IReadOnlyCollection<int>> ForumsAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return [];
        }
        if (ForumAccess.IsAdministrator(user))
        {
            return await db.Forums.Select(f => f.Id).ToListAsync(ct);
        }
        var userId = ForumAccess.UserId(user);
        return await db.ForumRoles.Where(r => r.UserId == userId && r.Role == ForumRole.Organizer).Select(r => r.ForumId).Distinct().ToListAsync(ct);
    }

    public async Task<bool> CanSeeAsync(ClaimsPrincipal user, Event ev, CancellationToken ct = default) =>
        ev.Published || (await ForumsAsync(user, ct)).Contains(ev.ForumId);
}

public static class DraftFilters
{
    public static IQueryable<Event> VisibleIn(this IQueryable<Event> events, IReadOnlyCollection<int> draftForums) =>
        events.Where(e => e.Published || draftForums.Contains(e.ForumId));

    public static IQueryable<Session> VisibleIn(this IQueryable<Session> sessions, IReadOnlyCollection<int> draftForums) =>
        sessions.Where(s => (s.Published && s.Event.Published) || draftForums.Contains(s.Event.ForumId));
}
