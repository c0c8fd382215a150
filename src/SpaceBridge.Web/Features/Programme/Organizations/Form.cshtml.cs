using SpaceBridge.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Programme.Editing;
using SpaceBridge.Web.Features.Programme.Forums;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Features.Programme.Organizations;

/// <summary>Adds an organization to the forum (no id) or changes one it maintains, with the version the form was loaded with.</summary>
[Authorize]
public sealed class FormModel(AppDbContext db, ForumAccess access, OrganizationEditor editor, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty] public OrganizationForm Input { get; set; } = new();
    public Forum Forum { get; private set; } = null!;
    public Organization? Organization { get; private set; }
    public List<Country> Countries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int forumId, int? organizationId, CancellationToken ct)
    {
        if (await LoadAsync(forumId, organizationId, ct) is { } refused) return refused;
        Input = Organization is null ? new OrganizationForm() : OrganizationForm.From(Organization);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int forumId, int? organizationId, CancellationToken ct)
    {
        if (await LoadAsync(forumId, organizationId, ct) is { } refused) return refused;
        if (!ModelState.IsValid) return Page();
        try
        {
            if (Organization is null)
            {
                await editor.CreateAsync(forumId, Input.ToInput(), ct);
            }
            else
            {
                await editor.UpdateAsync(Organization.Id, Input.ToInput(), VersionCheck.Exactly(Input.Version), ct);
            }
            return Redirect($"/organizer/forums/{forumId}/organizations");
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

    private async Task<IActionResult?> LoadAsync(int forumId, int? organizationId, CancellationToken ct)
    {
        var forum = await db.Forums.AsNoTracking().FirstOrDefaultAsync(f => f.Id == forumId, ct);
        if (forum is null) return NotFound();
        if (!await access.IsOrganizerAsync(User, forumId)) return this.NeedsRole(NeededRole.ForumOrganizer);
        Forum = forum;
        if (organizationId is { } id)
        {
            Organization = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id && o.ForumId == forumId, ct);
            if (Organization is null) return NotFound();
        }
        Countries = await db.Countries.AsNoTracking().OrderBy(c => c.Code).ToListAsync(ct);
        return null;
    }
}
