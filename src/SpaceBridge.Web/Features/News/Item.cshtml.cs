using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.News;

/// <summary>One news item in both languages, with its licence, credit, attachments and what it concerns.</summary>
public sealed class ItemModel(AppDbContext db, ForumAccess access) : PageModel
{
    public NewsItem Item { get; private set; } = null!;
    public bool IsOrganizer { get; private set; }

    public async Task<IActionResult> OnGetAsync(int forumId, int itemId, CancellationToken ct)
    {
        IsOrganizer = await NewsReader.IsOrganizerAsync(access, User, forumId);
        var item = await NewsReader.Visible(db, forumId, IsOrganizer).Include(n => n.Attachments).Include(n => n.Statement).Include(n => n.Event)
            .Include(n => n.Forum).AsSplitQuery().FirstOrDefaultAsync(n => n.Id == itemId, ct);
        if (item is null)
        {
            return NotFound();
        }
        Item = item;
        return Page();
    }
}
