using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Infrastructure.Security;

namespace SpaceBridge.Web.Features.Accounts;

[EnableRateLimiting(RateLimits.SignIn)]
public sealed class SignInModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, PasswordCheck passwords, AccountEmails emails, TimeProvider clock,
    IStringLocalizer<SharedResource> l, RegistrationOwnership ownership)
    : PageModel
{
    [BindProperty] public SignInInput Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var user = await users.FindByEmailAsync(Input.Email);
        if (user is null)
        {
            // As slow as a wrong password, so the answer's timing does not tell which addresses have accounts.
            passwords.SpendHash(Input.Password);
            return Refuse(l["Account.SignIn.Invalid"]);
        }
        if (!user.EmailConfirmed)
        {
            // Say "confirm your e-mail" only to someone who knows the password, and send them a fresh link.
            if (!await users.CheckPasswordAsync(user, Input.Password))
            {
                return Refuse(l["Account.SignIn.Invalid"]);
            }
            await SignUpModel.SendConfirmationAsync(users, emails, user, Url, HttpContext);
            return Refuse(l["Account.SignIn.Unconfirmed"]);
        }
        var result = await signIn.PasswordSignInAsync(user, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            // Places registered for this address since the last visit become the account's.
            await ownership.ClaimAsync(user.Id);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }
        if (result.IsLockedOut)
        {
            var end = await users.GetLockoutEndDateAsync(user) ?? clock.GetUtcNow();
            var minutes = Math.Max(1, (int)Math.Ceiling((end - clock.GetUtcNow()).TotalMinutes));
            return Refuse(l["Account.SignIn.LockedOut", minutes]);
        }
        return Refuse(l["Account.SignIn.Invalid"]);
    }

    private PageResult Refuse(string message)
    {
        ModelState.AddModelError("", message);
        return Page();
    }
}

public sealed class SignInInput
{
    [Required(ErrorMessage = AccountInput.Required), EmailAddress(ErrorMessage = AccountInput.Email), Display(Name = "Account.Email")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = AccountInput.Required), DataType(DataType.Password), Display(Name = "Account.Password")]
    public string Password { get; set; } = "";

    [Display(Name = "Account.RememberMe")]
    public bool RememberMe { get; set; }
}
