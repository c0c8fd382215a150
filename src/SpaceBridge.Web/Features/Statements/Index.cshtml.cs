using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Features.Programme.Forums;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.Statements;

/// <summary>The statements of a forum: adopted ones for everyone; drafts and a form to start one for its organizers.</summary>
public sealed class IndexModel(AppDbContext db, StatementReader reader, StatementDrafting drafting, IStringLocalizer<SharedResource> l) : PageModel
{
    public Forum Forum { get; private set; } = null!;
    public List<JointStatement> Statements { get; private set; } = [];
    public List<Event> Events { get; private set; } = [];
    public bool IsOrganizer { get; private set; }

    public async Task<IActionResult> OnGetAsync(int forumId, CancellationToken ct) =>
        await LoadAsync(forumId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int forumId, string? titleEn, string? titleKo, int? eventId, CancellationToken ct)
    {
        if (!await db.Forums.AnyAsync(f => f.Id == forumId, ct))
        {
            return NotFound();
        }
        if (!await reader.MaySeeDraftsAsync(User, forumId))
        {
            return Forbid();
        }
        try
        {
            var statement = await drafting.CreateAsync(forumId, eventId, new BilingualText(titleEn, titleKo), false, User, ct);
            return Redirect($"/forums/{forumId}/statements/{statement.Id}/edit");
        }
        catch (DomainValidationException invalid)
        {
            foreach (var (field, messages) in invalid.Errors)
            {
                ModelState.AddModelError(field == "EventId" ? "eventId" : "titleEn", string.Join(" ", messages));
            }
        }
        db.ChangeTracker.Clear();
        await LoadAsync(forumId, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(int forumId, CancellationToken ct)
    {
        var forum = await db.Forums.AsNoTracking().FirstOrDefaultAsync(f => f.Id == forumId, ct);
        if (forum is null)
        {
            return false;
        }
        Forum = forum;
        Statements = await reader.ListAsync(forumId, User, ct);
        IsOrganizer = await reader.MaySeeDraftsAsync(User, forumId);
        Events = await db.Events.AsNoTracking().Where(e => e.ForumId == forumId).OrderBy(e => e.StartDate).ToListAsync(ct);
        _ = l;
        return true;
    }
}
