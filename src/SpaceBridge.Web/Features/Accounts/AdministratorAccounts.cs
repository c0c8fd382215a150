using Microsoft.AspNetCore.Identity;

namespace SpaceBridge.Web.Features.Accounts;

/// <summary>Creates platform administrators: confirmed, in the Administrator role, with a password the caller chose.</summary>
public sealed class AdministratorAccounts(UserManager<AppUser> users, RoleManager<IdentityRole> roles, TimeProvider clock)
{
    /// <summary>Creates the administrator, or promotes an existing user; returns the errors when Identity refuses.</summary>
    public async Task<IReadOnlyList<string>> CreateAsync(string email, string password)
    {
        if (!await roles.RoleExistsAsync(PlatformRoles.Administrator))
        {
            await roles.CreateAsync(new IdentityRole(PlatformRoles.Administrator));
        }
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new AppUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = email,
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                return [.. created.Errors.Select(e => e.Description)];
            }
        }
        else
        {
            // An existing account is promoted only with its password reset to the one given here.
            foreach (var validator in users.PasswordValidators)
            {
                var check = await validator.ValidateAsync(users, user, password);
                if (!check.Succeeded)
                {
                    return [.. check.Errors.Select(e => e.Description)];
                }
            }
            await users.RemovePasswordAsync(user);
            await users.AddPasswordAsync(user, password);
            user.EmailConfirmed = true;
            await users.UpdateAsync(user);
        }
        if (!await users.IsInRoleAsync(user, PlatformRoles.Administrator))
        {
            await users.AddToRoleAsync(user, PlatformRoles.Administrator);
        }
        return [];
    }
}
