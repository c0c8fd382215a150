using SpaceBridge.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Programme.Forums;

/// <summary>A forum's workspace: its events (drafts included) with their forms, sessions and timetable; its people and organizations.</summary>
[Authorize]
public sealed class WorkspaceModel(AppDbContext db, ForumAccess access) : PageModel
{
    public Forum Forum { get; private set; } = null!;
    public List<Event> Events { get; private set; } = [];
    public int People { get; private set; }
    public int Organizations { get; private set; }

    public async Task<IActionResult> OnGetAsync(int forumId, CancellationToken ct)
    {
        var forum = await db.Forums.AsNoTracking().FirstOrDefaultAsync(f => f.Id == forumId, ct);
        if (forum is null) return NotFound();
        if (!await access.IsOrganizerAsync(User, forumId)) return this.NeedsRole(NeededRole.ForumOrganizer);
        Forum = forum;
        Events = await db.Events.AsNoTracking().Where(e => e.ForumId == forumId).OrderBy(e => e.StartDate).ThenBy(e => e.Id).ToListAsync(ct);
        People = await db.People.CountAsync(p => p.ForumId == forumId, ct);
        Organizations = await db.Organizations.CountAsync(o => o.ForumId == forumId, ct);
        return Page();
    }
}
