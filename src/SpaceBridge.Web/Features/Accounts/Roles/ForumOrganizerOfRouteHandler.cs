using System.Globalization;
using Microsoft.AspNetCore.Authorization;

namespace SpaceBridge.Web.Features.Accounts.Roles;

/// <summary>
/// Finds the forum of the event or session named by the route and asks <see cref="ForumAccess"/> whether the caller
/// organizes it. Anonymous callers are left to the policy's authenticated-user requirement (401).
/// </summary>
public sealed class ForumOrganizerOfRouteHandler(ForumAccess access) : AuthorizationHandler<ForumOrganizerOfRoute>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, ForumOrganizerOfRoute requirement)
    {
        if (context.User.Identity?.IsAuthenticated != true || context.Resource is not HttpContext http)
        {
            return;
        }
        var (exists, forumId) = int.TryParse(http.GetRouteValue(requirement.RouteValue)?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? await ForumOfAsync(requirement.Owner, id)
            : (false, null);
        if (!exists)
        {
            context.Fail(new ForumOrganizerRefusal(this, requirement, exists: false));
        }
        else if (forumId is null ? ForumAccess.IsAdministrator(context.User) : await access.IsOrganizerAsync(context.User, forumId.Value))
        {
            context.Succeed(requirement);
        }
        else
        {
            context.Fail(new ForumOrganizerRefusal(this, requirement, exists: true));
        }
    }

    /// <summary>Whether the thing exists and the forum whose organizers may act on it (none: administrators only).</summary>
    private async Task<(bool Exists, int? ForumId)> ForumOfAsync(RouteOwner owner, int id)
    {
        switch (owner)
        {
            case RouteOwner.Person:
                return await access.OwnerOfPersonAsync(id);
            case RouteOwner.Organization:
                return await access.OwnerOfOrganizationAsync(id);
            default:
                var forumId = owner switch
                {
                    RouteOwner.Event => await access.ForumOfEventAsync(id),
                    RouteOwner.Forum => await access.ForumExistsAsync(id) ? id : null,
                    _ => await access.ForumOfSessionAsync(id),
                };
                return (forumId is not null, forumId);
        }
    }
}
