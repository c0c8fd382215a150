using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Programme.Forums;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.News;

/// <summary>The press room of a forum: its published news and notices, newest first.</summary>
public sealed class IndexModel(AppDbContext db, ForumAccess access) : PageModel
{
    public Forum Forum { get; private set; } = null!;
    public List<NewsItem> Items { get; private set; } = [];
    public bool IsOrganizer { get; private set; }

    public async Task<IActionResult> OnGetAsync(int forumId, CancellationToken ct)
    {
        var forum = await db.Forums.AsNoTracking().FirstOrDefaultAsync(f => f.Id == forumId, ct);
        if (forum is null)
        {
            return NotFound();
        }
        Forum = forum;
        IsOrganizer = await NewsReader.IsOrganizerAsync(access, User, forumId);
        Items = await NewsReader.Visible(db, forumId, IsOrganizer).OrderByDescending(n => n.PublishedAtUtc ?? n.CreatedAtUtc).ToListAsync(ct);
        return Page();
    }
}
