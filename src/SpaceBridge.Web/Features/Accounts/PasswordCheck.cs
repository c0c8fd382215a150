using Microsoft.AspNetCore.Identity;

namespace SpaceBridge.Web.Features.Accounts;

/// <summary>
/// Checks an e-mail address and password with the same work whether or not the address has an account: an
/// unknown address, an unconfirmed or locked-out account and an empty password still cost one password hash, so
/// the time of the answer does not tell which addresses have accounts.
/// </summary>
public sealed class PasswordCheck(UserManager<AppUser> users, SignInManager<AppUser> signIn)
{
    private static string? _dummyHash;

    /// <summary>The account and the outcome; the account is null when the address has none.</summary>
    public async Task<(AppUser? User, SignInResult Result)> CheckAsync(string? email, string? password)
    {
        var user = string.IsNullOrWhiteSpace(email) ? null : await users.FindByEmailAsync(email);
        if (user is null || string.IsNullOrEmpty(password))
        {
            SpendHash(password);
            return (user, SignInResult.Failed);
        }
        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (result.IsNotAllowed || result.IsLockedOut)
        {
            // Refused before the password was looked at.
            SpendHash(password);
        }
        return (user, result);
    }

    /// <summary>Verifies the password against a hash that matches nothing, for as long as a real check takes.</summary>
    public void SpendHash(string? password)
    {
        var hash = _dummyHash ??= users.PasswordHasher.HashPassword(new AppUser(), Guid.NewGuid().ToString("N"));
        users.PasswordHasher.VerifyHashedPassword(new AppUser(), hash, password ?? "");
    }
}
