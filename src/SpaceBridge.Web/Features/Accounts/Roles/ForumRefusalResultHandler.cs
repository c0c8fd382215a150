using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace SpaceBridge.Web.Features.Accounts.Roles;

/// <summary>
/// Answers a <see cref="ForumOrganizerRefusal"/> with its ProblemDetails (404 or 403), on the API and on the page-side
/// downloads alike, instead of the authentication handler's forbid (a redirect to the access-denied page for
/// cookies). Every other authorization result goes to the default handler.
/// </summary>
public sealed class ForumRefusalResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden
            && authorizeResult.AuthorizationFailure?.FailureReasons.OfType<ForumOrganizerRefusal>().FirstOrDefault() is { } refusal)
        {
            return TypedResults.Problem(statusCode: refusal.StatusCode, title: refusal.Title, detail: refusal.Detail).ExecuteAsync(context);
        }
        // Any other refusal of a signed-in caller names the role the policy asks for: ProblemDetails on the API, the
        // status page (re-executed for the 403) on pages.
        if (authorizeResult.Forbidden && context.User.Identity?.IsAuthenticated == true && RoleRefusal.Of(policy) is { } role)
        {
            if (AccountsSetup.IsApi(context.Request))
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: RoleRefusal.Detail(role),
                    extensions: new Dictionary<string, object?> { ["neededRole"] = role.ToString() }).ExecuteAsync(context);
            }
            RoleRefusal.Note(context, role);
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        }
        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
