using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SpaceBridge.Web.Domain.Accounts;

namespace SpaceBridge.Web.Tests.Features.Registrations;

/// <summary>
/// Signs a test request in as the user named by the X-Test-User header (an existing AspNetUsers id);
/// X-Test-Admin: true adds the platform administrator role. No header: anonymous.
/// </summary>
public sealed class TestAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test", UserHeader = "X-Test-User", AdminHeader = "X-Test-Admin";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(UserHeader, out var user) || string.IsNullOrEmpty(user))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }
        List<Claim> claims = [new(ClaimTypes.NameIdentifier, user.ToString()), new(ClaimTypes.Name, user.ToString())];
        if (Request.Headers[AdminHeader] == "true")
        {
            claims.Add(new Claim(ClaimTypes.Role, PlatformRoles.Administrator));
        }
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}
