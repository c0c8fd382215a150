using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Accounts;

public sealed record ForumRoleDto(int ForumId, string ForumSlug, string Role, string? Organization);

public sealed record MeDto(string Id, string Email, string? DisplayName, string PreferredCulture, bool IsAdministrator, IReadOnlyList<ForumRoleDto> ForumRoles);

/// <summary>GET /api/v1/me: who the cookie or bearer token belongs to, and the roles it carries.</summary>
public static class AccountApi
{
    public static IEndpointRouteBuilder MapAccountApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/me", GetMeAsync)
            .WithTags("Accounts")
            .WithName("GetMe")
            .WithSummary("The signed-in user and their forum roles")
            .RequireAuthorization(Policies.SignedIn);
        return app;
    }

    private static async Task<Results<Ok<MeDto>, UnauthorizedHttpResult>> GetMeAsync(
        System.Security.Claims.ClaimsPrincipal principal, UserManager<AppUser> users, AppDbContext db)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null)
        {
            return TypedResults.Unauthorized();
        }
        var roles = await db.ForumRoles.Where(r => r.UserId == user.Id)
            .OrderBy(r => r.ForumId).ThenBy(r => r.Role)
            .Select(r => new ForumRoleDto(r.ForumId, r.Forum.Slug, r.Role.ToString(), r.Organization != null ? r.Organization.Acronym : null))
            .ToListAsync();
        return TypedResults.Ok(new MeDto(user.Id, user.Email!, user.DisplayName, user.PreferredCulture,
            await users.IsInRoleAsync(user, PlatformRoles.Administrator), roles));
    }
}
