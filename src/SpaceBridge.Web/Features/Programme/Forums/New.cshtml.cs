using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts;
using SpaceBridge.Web.Features.Programme.Editing;
using SpaceBridge.Web.Features.Programme.Organizations;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Features.Programme.Forums;

/// <summary>A platform administrator creates a forum, then grants its organizers on the roles page.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class NewModel(AppDbContext db, ForumEditor editor) : PageModel
{
    [BindProperty] public ForumForm Input { get; set; } = new();
    public List<Organization> Organizations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Organizations = await OrganizationsAsync(db, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Organizations = await OrganizationsAsync(db, ct);
        if (!ModelState.IsValid) return Page();
        try
        {
            var forum = await editor.CreateAsync(Input.ToInput(), ct);
            return Redirect($"/admin/roles?forum={Uri.EscapeDataString(forum.Slug)}");
        }
        catch (DomainValidationException ex)
        {
            WorkspaceForms.AddErrors(ModelState, ex.Errors, Input);
            return Page();
        }
    }

    public static Task<List<Organization>> OrganizationsAsync(AppDbContext db, CancellationToken ct) =>
        db.Organizations.AsNoTracking().OrderBy(o => o.Acronym == null).ThenBy(o => o.Acronym).ThenBy(o => o.Name.En).ToListAsync(ct);
}
