using Microsoft.AspNetCore.Authorization;

namespace SpaceBridge.Web.Features.Accounts.Roles;

/// <summary>The user holds one of <see cref="Roles"/> in the forum named by the request's route.</summary>
public sealed record ForumRoleRequirement(ForumRole[] Roles) : IAuthorizationRequirement;

/// <summary>
/// Resolves the forum from the route: an explicit <c>forumId</c>, else <c>eventId</c>, else <c>id</c> on an
/// event route. A resource passed to <c>AuthorizeAsync</c> as a forum id (int) takes precedence.
/// </summary>
public sealed class ForumRoleHandler(ForumAccess access) : AuthorizationHandler<ForumRoleRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, ForumRoleRequirement requirement)
    {
        var forumId = context.Resource switch
        {
            int id => id,
            HttpContext http => await ForumFromRouteAsync(http),
            _ => null,
        };
        if (forumId is not null && await access.HasRoleAsync(context.User, forumId.Value, requirement.Roles))
        {
            context.Succeed(requirement);
        }
    }

    private async Task<int?> ForumFromRouteAsync(HttpContext http)
    {
        var values = http.Request.RouteValues;
        if (TryInt(values, "forumId") is { } forumId)
        {
            return forumId;
        }
        if (TryInt(values, "eventId") is { } eventId)
        {
            return await access.ForumOfEventAsync(eventId);
        }
        var path = http.Request.Path;
        if ((path.StartsWithSegments("/events") || path.StartsWithSegments("/api/v1/events")) && TryInt(values, "id") is { } id)
        {
            return await access.ForumOfEventAsync(id);
        }
        return null;
    }

    private static int? TryInt(RouteValueDictionary values, string key) =>
        values.TryGetValue(key, out var value) && int.TryParse(value?.ToString(), out var parsed) ? parsed : null;
}
