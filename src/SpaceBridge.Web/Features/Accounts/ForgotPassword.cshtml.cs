using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using SpaceBridge.Web.Infrastructure.Security;

namespace SpaceBridge.Web.Features.Accounts;

/// <summary>Answers the same whether or not the address has an account, so the page cannot be used to find accounts.</summary>
[EnableRateLimiting(RateLimits.ForgotPassword)]
public sealed class ForgotPasswordModel(UserManager<AppUser> users, AccountEmails emails) : PageModel
{
    [BindProperty, Required(ErrorMessage = AccountInput.Required), EmailAddress(ErrorMessage = AccountInput.Email), Display(Name = "Account.Email")]
    public string Email { get; set; } = "";

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var user = await users.FindByEmailAsync(Email);
        if (user is { EmailConfirmed: true })
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var code = WebEncoders.Base64UrlEncode(System.Text.Encoding.UTF8.GetBytes(token));
            await emails.SendPasswordResetAsync(user, AccountLinks.Page(Url, HttpContext, "/Accounts/ResetPassword", new { userId = user.Id, code }));
        }
        Sent = true;
        return Page();
    }
}
