using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Features.Accounts;

namespace SpaceBridge.Web.Features.Site;

/// <summary>The organizer's start page: the events of the forums they organize, with the desk tools of each.</summary>
[Authorize]
public sealed class OrganizerModel(AppDbContext db) : PageModel
{
    public List<OrganizedEvent> Events { get; private set; } = [];
    /// <summary>The forums whose workspace the user may open (all for administrators).</summary>
    public List<Programme.Forums.Forum> Forums { get; private set; } = [];
    public bool IsAdministrator { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var userId = ForumAccess.UserId(User);
        var forumIds = ForumAccess.IsAdministrator(User)
            ? null
            : await db.ForumRoles.Where(r => r.UserId == userId && r.Role == ForumRole.Organizer).Select(r => r.ForumId).ToListAsync();
        if (forumIds is { Count: 0 })
        {
            return this.NeedsRole(NeededRole.ForumOrganizer);
        }
        var events = await db.Events.AsNoTracking().Include(e => e.Forum)
            .Where(e => forumIds == null || forumIds.Contains(e.ForumId))
            .OrderBy(e => e.StartDate).ThenBy(e => e.Id)
            .Select(e => new
            {
                Event = e,
                Approved = db.Registrations.Count(r => r.EventId == e.Id && r.Status == RegistrationStatus.Approved),
                CheckedIn = db.CheckIns.Count(c => c.EventId == e.Id && c.Registration.Status == RegistrationStatus.Approved),
            })
            .ToListAsync();
        IsAdministrator = ForumAccess.IsAdministrator(User);
        Forums = await db.Forums.AsNoTracking().Where(f => forumIds == null || forumIds.Contains(f.Id)).OrderBy(f => f.Id).ToListAsync();
        Events = events.Select(e => new OrganizedEvent(e.Event, e.Approved, e.CheckedIn)).ToList();
        return Page();
    }
}

public sealed record OrganizedEvent(Event Event, int Approved, int CheckedIn);
