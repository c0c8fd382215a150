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
        var forumId = int.TryParse(http.GetRouteValue(requirement.RouteValue)?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? await ForumOfAsync(requirement.Owner, id)
            : null;
        if (forumId is null)
        {
            context.Fail(new ForumOrganizerRefusal(this, requirement, exists: false));
        }
        else if (await access.IsOrganizerAsync(context.User, forumId.Value))
        {
            context.Succeed(requirement);
        }
        else
        {
            context.Fail(new ForumOrganizerRefusal(this, requirement, exists: true));
        }
    }

    private Task<int?> ForumOfAsync(RouteOwner owner, int id) => owner switch
    {
        RouteOwner.Event => access.ForumOfEventAsync(id),
        _ => access.ForumOfSessionAsync(id),
    };
}
