using SpaceBridge.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Programme.Editing;
using SpaceBridge.Web.Features.Programme.Forums;
using SpaceBridge.Web.Features.Programme.Organizations;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Features.Programme.People;

/// <summary>Adds a person to the forum (no id) or changes one it maintains, with the version the form was loaded with.</summary>
[Authorize]
public sealed class FormModel(AppDbContext db, ForumAccess access, PersonEditor editor, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty] public PersonForm Input { get; set; } = new();
    public Forum Forum { get; private set; } = null!;
    public Person? Person { get; private set; }
    public List<Organization> Organizations { get; private set; } = [];
    public List<Country> Countries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int forumId, int? personId, CancellationToken ct)
    {
        if (await LoadAsync(forumId, personId, ct) is { } refused) return refused;
        Input = Person is null ? new PersonForm() : PersonForm.From(Person);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int forumId, int? personId, CancellationToken ct)
    {
        if (await LoadAsync(forumId, personId, ct) is { } refused) return refused;
        if (!ModelState.IsValid) return Page();
        try
        {
            if (Person is null)
            {
                await editor.CreateAsync(forumId, Input.ToInput(), ct);
            }
            else
            {
                await editor.UpdateAsync(Person.Id, Input.ToInput(), VersionCheck.Exactly(Input.Version), ct);
            }
            return Redirect($"/organizer/forums/{forumId}/people");
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

    private async Task<IActionResult?> LoadAsync(int forumId, int? personId, CancellationToken ct)
    {
        var forum = await db.Forums.AsNoTracking().FirstOrDefaultAsync(f => f.Id == forumId, ct);
        if (forum is null) return NotFound();
        if (!await access.IsOrganizerAsync(User, forumId)) return this.NeedsRole(NeededRole.ForumOrganizer);
        Forum = forum;
        if (personId is { } id)
        {
            Person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.ForumId == forumId, ct);
            if (Person is null) return NotFound();
        }
        Organizations = await db.Organizations.AsNoTracking().Where(o => o.ForumId == forumId || o.ForumId == null)
            .OrderBy(o => o.Name.En).ToListAsync(ct);
        Countries = await db.Countries.AsNoTracking().OrderBy(c => c.Code).ToListAsync(ct);
        return null;
    }
}
