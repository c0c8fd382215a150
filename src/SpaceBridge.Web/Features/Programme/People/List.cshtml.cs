using SpaceBridge.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Programme.Forums;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Programme.People;

/// <summary>The people a forum's organizers maintain (speakers, moderators, panelists), with links to their forms.</summary>
[Authorize]
public sealed class ListModel(AppDbContext db, ForumAccess access) : PageModel
{
    public Forum Forum { get; private set; } = null!;
    public List<Person> People { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int forumId, CancellationToken ct)
    {
        var forum = await db.Forums.AsNoTracking().FirstOrDefaultAsync(f => f.Id == forumId, ct);
        if (forum is null) return NotFound();
        if (!await access.IsOrganizerAsync(User, forumId)) return this.NeedsRole(NeededRole.ForumOrganizer);
        Forum = forum;
        People = await db.People.AsNoTracking().Include(p => p.Organization).Where(p => p.ForumId == forumId)
            .OrderBy(p => p.RomanizedName).ToListAsync(ct);
        return Page();
    }
}
