using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Infrastructure.Security;

namespace SpaceBridge.Web.Features.Accounts;

[EnableRateLimiting(RateLimits.SignUp)]
public sealed class SignUpModel(UserManager<AppUser> users, AccountEmails emails, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty] public SignUpInput Input { get; set; } = new();

    public void OnGet() => Input.PreferredCulture = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ko" ? "ko" : "en";

    public async Task<IActionResult> OnPostAsync()
    {
        if (!AccountInput.Cultures.Contains(Input.PreferredCulture))
        {
            ModelState.AddModelError("Input.PreferredCulture", l[AccountInput.Required, l["Account.PreferredCulture"]]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var existing = await users.FindByEmailAsync(Input.Email);
        if (existing is not null)
        {
            // Same answer as for a new address; the owner learns by e-mail that they already have an account.
            await emails.SendAlreadyRegisteredAsync(existing, AccountLinks.Absolute(HttpContext, "/account/sign-in"));
            return RedirectToPage("CheckEmail");
        }
        var user = new AppUser
        {
            UserName = Input.Email,
            Email = Input.Email,
            DisplayName = Input.DisplayName.Trim(),
            PreferredCulture = Input.PreferredCulture,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        var result = await users.CreateAsync(user, Input.Password.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Input.Password.Password" : "", error.Description);
            }
            return Page();
        }
        await SendConfirmationAsync(users, emails, user, Url, HttpContext);
        return RedirectToPage("CheckEmail");
    }

    internal static async Task SendConfirmationAsync(UserManager<AppUser> users, AccountEmails emails, AppUser user, IUrlHelper url, HttpContext http)
    {
        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        var code = WebEncoders.Base64UrlEncode(System.Text.Encoding.UTF8.GetBytes(token));
        await emails.SendConfirmationAsync(user, AccountLinks.Page(url, http, "/Accounts/ConfirmEmail", new { userId = user.Id, code }));
    }
}

public sealed class SignUpInput
{
    [Required(ErrorMessage = AccountInput.Required), EmailAddress(ErrorMessage = AccountInput.Email), Display(Name = "Account.Email")]
    [StringLength(256)]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = AccountInput.Required), StringLength(200), Display(Name = "Account.DisplayName")]
    public string DisplayName { get; set; } = "";

    [Display(Name = "Account.PreferredCulture")]
    public string PreferredCulture { get; set; } = "en";

    public NewPasswordInput Password { get; set; } = new();
}
