using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using SpaceBridge.Web.Features.Registrations;

namespace SpaceBridge.Web.Features.Accounts;

public sealed class ConfirmEmailModel(UserManager<AppUser> users, RegistrationOwnership ownership) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(string? userId, string? code)
    {
        var user = userId is null ? null : await users.FindByIdAsync(userId);
        if (user is null || DecodeToken(code) is not { } token)
        {
            return;
        }
        Confirmed = user.EmailConfirmed || (await users.ConfirmEmailAsync(user, token)).Succeeded;
        if (Confirmed)
        {
            // Registrations and delegation places made for this address by others become the account's.
            await ownership.ClaimAsync(user.Id);
        }
    }

    internal static string? DecodeToken(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
