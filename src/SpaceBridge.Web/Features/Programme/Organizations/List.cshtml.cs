using SpaceBridge.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Programme.Forums;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Programme.Organizations;

/// <summary>The organizations a forum's organizers maintain, with links to their forms.</summary>
[Authorize]
public sealed class ListModel(AppDbContext db, ForumAccess access) : PageModel
{
    public Forum Forum { get; private set; } = null!;
    public List<Organization> Organizations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int forumId, CancellationToken ct)
    {
        var forum = await db.Forums.AsNoTracking().FirstOrDefaultAsync(f => f.Id == forumId, ct);
        if (forum is null) return NotFound();
        if (!await access.IsOrganizerAsync(User, forumId)) return this.NeedsRole(NeededRole.ForumOrganizer);
        Forum = forum;
        Organizations = await db.Organizations.AsNoTracking().Include(o => o.Country).Where(o => o.ForumId == forumId)
            .OrderBy(o => o.Name.En).ToListAsync(ct);
        return Page();
    }
}
