using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Programme.Forums;
using SpaceBridge.Web.Features.Programme.Organizations;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;
using SpaceBridge.Web.Features.Accounts;

namespace SpaceBridge.Web.Features.Accounts.Roles;

/// <summary>
/// Forum roles: administrators grant and revoke any role; organizers grant and revoke delegate,
/// exhibitor and press in their own forums. Anyone else is refused.
/// </summary>
[Authorize]
public sealed class RolesModel(AppDbContext db, ForumRoleGrants grants, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Forum { get; set; }
    [BindProperty] public GrantInput Grant { get; set; } = new();

    public List<Forum> Forums { get; private set; } = [];
    public Forum? Selected { get; private set; }
    public List<ForumRoleAssignment> Assignments { get; private set; } = [];
    public List<Organization> CoHosts { get; private set; } = [];
    public ForumRole[] GrantableRoles { get; private set; } = [];
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : this.NeedsRole(NeededRole.ForumOrganizer);

    public async Task<IActionResult> OnPostGrantAsync()
    {
        if (!await LoadAsync() || Selected is null)
        {
            return this.NeedsRole(NeededRole.ForumOrganizer);
        }
        if (!GrantableRoles.Contains(Grant.Role))
        {
            return this.NeedsRole(NeededRole.ForumOrganizer);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            await grants.GrantAsync(User, Grant.Email, Selected.Id, Grant.Role, Grant.Role == ForumRole.Organizer ? Grant.Organization : null);
        }
        catch (DomainValidationException ex)
        {
            foreach (var (field, keys) in ex.Errors)
            {
                foreach (var key in keys)
                {
                    ModelState.AddModelError($"Grant.{field}", l[key]);
                }
            }
            return Page();
        }
        return RedirectToPage(new { forum = Selected.Slug });
    }

    public async Task<IActionResult> OnPostRevokeAsync(int assignmentId)
    {
        if (!await LoadAsync() || Selected is null)
        {
            return this.NeedsRole(NeededRole.ForumOrganizer);
        }
        var revoked = await grants.RevokeAsync(User, assignmentId);
        return revoked ? RedirectToPage(new { forum = Selected.Slug }) : this.NeedsRole(NeededRole.ForumOrganizer);
    }

    private async Task<bool> LoadAsync()
    {
        Forums = await grants.ManageableForumsAsync(User);
        if (Forums.Count == 0)
        {
            return false;
        }
        Selected = Forum is null ? Forums[0] : Forums.FirstOrDefault(f => f.Slug == Forum);
        if (Selected is null)
        {
            // A forum the user may not manage (or that does not exist) looks the same: refused.
            return false;
        }
        GrantableRoles = ForumAccess.IsAdministrator(User) ? Enum.GetValues<ForumRole>() : ForumRoleGrants.ParticipantRoles;
        Assignments = await db.ForumRoles.Where(r => r.ForumId == Selected.Id)
            .Include(r => r.User).Include(r => r.Organization)
            .OrderBy(r => r.Role).ThenBy(r => r.User.Email).ToListAsync();
        CoHosts = await grants.CoHostsAsync(Selected.Id);
        return true;
    }
}

public sealed class GrantInput
{
    [Required(ErrorMessage = "Validation.Required"), EmailAddress(ErrorMessage = "Validation.Email"), Display(Name = "Account.Email")]
    public string Email { get; set; } = "";

    [Display(Name = "Admin.Roles.Role")]
    public ForumRole Role { get; set; } = ForumRole.Delegate;

    [Display(Name = "Admin.Roles.Organization")]
    public string? Organization { get; set; }
}
