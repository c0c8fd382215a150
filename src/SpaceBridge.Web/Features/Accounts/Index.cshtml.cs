using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Accounts;

/// <summary>My account: name, e-mail language, password, and the roles held in each forum.</summary>
[Authorize]
public sealed class IndexModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, AppDbContext db, IStringLocalizer<SharedResource> l)
    : PageModel
{
    [BindProperty] public ProfileInput Profile { get; set; } = new();
    [BindProperty] public ChangePasswordInput Password { get; set; } = new();

    public AppUser Account { get; private set; } = null!;
    public List<ForumRoleAssignment> Roles { get; private set; } = [];
    public bool IsAdministrator { get; private set; }
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return Challenge();
        }
        Profile = new ProfileInput { DisplayName = Account.DisplayName ?? "", PreferredCulture = Account.PreferredCulture };
        return Page();
    }

    public async Task<IActionResult> OnPostProfileAsync()
    {
        if (!await LoadAsync())
        {
            return Challenge();
        }
        foreach (var key in ModelState.Keys.Where(k => k.StartsWith(nameof(Password) + ".", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }
        if (!AccountInput.Cultures.Contains(Profile.PreferredCulture))
        {
            ModelState.AddModelError("Profile.PreferredCulture", l[AccountInput.Required, l["Account.PreferredCulture"]]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        Account.DisplayName = Profile.DisplayName.Trim();
        Account.PreferredCulture = Profile.PreferredCulture;
        await users.UpdateAsync(Account);
        Message = l["Account.Manage.Saved"];
        return Page();
    }

    public async Task<IActionResult> OnPostPasswordAsync()
    {
        if (!await LoadAsync())
        {
            return Challenge();
        }
        foreach (var key in ModelState.Keys.Where(k => k.StartsWith(nameof(Profile) + ".", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }
        Profile = new ProfileInput { DisplayName = Account.DisplayName ?? "", PreferredCulture = Account.PreferredCulture };
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await users.ChangePasswordAsync(Account, Password.CurrentPassword, Password.New.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == "PasswordMismatch" ? "Password.CurrentPassword" : "Password.New.Password", error.Description);
            }
            return Page();
        }
        // The security stamp changed: renew this browser's cookie, other sessions end at their next validation.
        await signIn.RefreshSignInAsync(Account);
        Message = l["Account.Manage.PasswordChanged"];
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        var account = await users.GetUserAsync(User);
        if (account is null)
        {
            return false;
        }
        Account = account;
        IsAdministrator = await users.IsInRoleAsync(account, PlatformRoles.Administrator);
        Roles = await db.ForumRoles.Where(r => r.UserId == account.Id)
            .Include(r => r.Forum).Include(r => r.Organization)
            .OrderBy(r => r.ForumId).ThenBy(r => r.Role).ToListAsync();
        return true;
    }
}

public sealed class ProfileInput
{
    [Required(ErrorMessage = AccountInput.Required), StringLength(200), Display(Name = "Account.DisplayName")]
    public string DisplayName { get; set; } = "";

    [Display(Name = "Account.PreferredCulture")]
    public string PreferredCulture { get; set; } = "en";
}

public sealed class ChangePasswordInput
{
    [Required(ErrorMessage = AccountInput.Required), DataType(DataType.Password), Display(Name = "Account.CurrentPassword")]
    public string CurrentPassword { get; set; } = "";

    public NewPasswordInput New { get; set; } = new();
}
