using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Programme.Forums;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Pipeline.Initiatives;

/// <summary>The forum's initiatives the reader may see: public ones to anyone, more to parties' members and organizers.</summary>
public sealed class IndexModel(AppDbContext db, InitiativeService initiatives, ForumAccess access) : PageModel
{
    public Forum Forum { get; private set; } = null!;
    public List<Initiative> Initiatives { get; private set; } = [];
    public bool IsOrganizer { get; private set; }

    public async Task<IActionResult> OnGetAsync(int forumId, CancellationToken ct)
    {
        if (await db.Forums.AsNoTracking().FirstOrDefaultAsync(f => f.Id == forumId, ct) is not { } forum) return NotFound();
        Forum = forum;
        IsOrganizer = User.Identity?.IsAuthenticated == true && await access.IsOrganizerAsync(User, forumId);
        Initiatives = await (await initiatives.VisibleAsync(User, forumId, ct)).AsNoTracking().AsSplitQuery()
            .Include(i => i.Parties).ThenInclude(p => p.Organization)
            .OrderByDescending(i => i.LastChangedAtUtc).ThenBy(i => i.Id).ToListAsync(ct);
        return Page();
    }
}
