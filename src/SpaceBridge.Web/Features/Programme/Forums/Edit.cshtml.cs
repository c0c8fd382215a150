using SpaceBridge.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Programme.Editing;
using SpaceBridge.Web.Features.Programme.Organizations;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Features.Programme.Forums;

/// <summary>The forum's organizers change its names, co-hosts and languages; a form loaded before someone else's change is refused.</summary>
[Authorize]
public sealed class EditModel(AppDbContext db, ForumAccess access, ForumEditor editor, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty] public ForumForm Input { get; set; } = new();
    public Forum Forum { get; private set; } = null!;
    public List<Organization> Organizations { get; private set; } = [];
    [TempData] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(int forumId, CancellationToken ct)
    {
        if (await LoadAsync(forumId, ct) is { } refused) return refused;
        Input = ForumForm.From(Forum);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int forumId, CancellationToken ct)
    {
        if (await LoadAsync(forumId, ct) is { } refused) return refused;
        if (!ModelState.IsValid) return Page();
        try
        {
            await editor.UpdateAsync(forumId, Input.ToInput(), Infrastructure.Data.VersionCheck.Exactly(Input.Version), ct);
            Message = l["Workspace.Saved"];
            return RedirectToPage(new { forumId });
        }
        catch (DomainValidationException ex)
        {
            WorkspaceForms.AddErrors(ModelState, ex.Errors, Input);
            return Page();
        }
        catch (StaleVersionRefusal)
        {
            ModelState.AddModelError("", l["Workspace.Stale"]);
            return Page();
        }
    }

    private async Task<IActionResult?> LoadAsync(int forumId, CancellationToken ct)
    {
        var forum = await db.Forums.AsNoTracking().Include(f => f.Hosts).FirstOrDefaultAsync(f => f.Id == forumId, ct);
        if (forum is null) return NotFound();
        if (!await access.IsOrganizerAsync(User, forumId)) return this.NeedsRole(NeededRole.ForumOrganizer);
        Forum = forum;
        Organizations = await NewModel.OrganizationsAsync(db, ct);
        return null;
    }
}
