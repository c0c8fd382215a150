using SpaceBridge.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Programme.Sessions;

/// <summary>An event's sessions for its organizers, drafts included, in time order with links to their forms.</summary>
[Authorize]
public sealed class ListModel(AppDbContext db, ForumAccess access) : PageModel
{
    public Event Event { get; private set; } = null!;
    public List<Session> Sessions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int eventId, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().Include(e => e.Forum).FirstOrDefaultAsync(e => e.Id == eventId, ct);
        if (ev is null) return NotFound();
        if (!await access.IsOrganizerAsync(User, ev.ForumId)) return this.NeedsRole(NeededRole.ForumOrganizer);
        Event = ev;
        Sessions = await db.Sessions.AsNoTracking().Include(s => s.Room).Where(s => s.EventId == eventId)
            .OrderBy(s => s.StartsAtUtc).ThenBy(s => s.Id).ToListAsync(ct);
        return Page();
    }
}
