using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using SpaceBridge.Web.Infrastructure.Security;

namespace SpaceBridge.Web.Features.Accounts;

public sealed record TokenRequest(string Email, string Password);

/// <summary>
/// POST /api/v1/auth/token: an API client trades e-mail and password for a bearer token
/// (<c>{ tokenType, accessToken, expiresIn, refreshToken }</c>). Same rules as the sign-in page:
/// confirmed e-mail, lockout after repeated failures.
/// </summary>
public static class TokenEndpoint
{
    public static IEndpointRouteBuilder MapTokenEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/auth/token", IssueAsync)
            .WithTags("Accounts")
            .WithName("IssueToken")
            .WithSummary("Exchange e-mail and password for a bearer token")
            .Produces<AccessTokenResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status423Locked)
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.Token)
            .DisableAntiforgery();
        return app;
    }

    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> IssueAsync(
        TokenRequest request, SignInManager<AppUser> signIn, PasswordCheck passwords)
    {
        var (user, result) = await passwords.CheckAsync(request.Email, request.Password);
        if (user is null)
        {
            return Refused();
        }
        if (result.IsLockedOut)
        {
            return TypedResults.Problem("Too many failed attempts; the account is locked for a while.", statusCode: StatusCodes.Status423Locked);
        }
        if (!result.Succeeded)
        {
            return Refused();
        }
        var principal = await signIn.CreateUserPrincipalAsync(user);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static ProblemHttpResult Refused() =>
        TypedResults.Problem("Unknown e-mail or wrong password, or the e-mail address is not confirmed yet.", statusCode: StatusCodes.Status401Unauthorized);
}
