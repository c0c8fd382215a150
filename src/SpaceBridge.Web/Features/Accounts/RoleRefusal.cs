using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SpaceBridge.Web.Features.Accounts.Roles;

namespace SpaceBridge.Web.Features.Accounts;

/// <summary>
/// A refusal for lack of a role names the role: pages answer 403 and the status page (re-executed on the same request)
/// reads the role noted here; the API answers ProblemDetails whose detail names it.
/// </summary>
public static class RoleRefusal
{
    private const string ItemKey = "SpaceBridge.NeededRole";

    /// <summary>Answers 403 with the page that names <paramref name="role"/>.</summary>
    public static IActionResult NeedsRole(this PageModel page, NeededRole role)
    {
        Note(page.HttpContext, role);
        return page.StatusCode(StatusCodes.Status403Forbidden);
    }

    public static void Note(HttpContext context, NeededRole role) => context.Items[ItemKey] = role;

    public static NeededRole? Of(HttpContext context) => context.Items.TryGetValue(ItemKey, out var role) ? role as NeededRole? : null;

    /// <summary>The role a policy asks for, where it asks for one.</summary>
    public static NeededRole? Of(AuthorizationPolicy policy)
    {
        foreach (var requirement in policy.Requirements)
        {
            switch (requirement)
            {
                case ForumOrganizerOfRoute:
                    return NeededRole.EventOrganizer;
                case ForumRoleRequirement { Roles: [ForumRole.Organizer] }:
                    return NeededRole.ForumOrganizer;
                case ForumRoleRequirement:
                    return NeededRole.ForumParticipant;
                case RolesAuthorizationRequirement r when r.AllowedRoles.Contains(PlatformRoles.Administrator):
                    return NeededRole.Administrator;
            }
        }
        return null;
    }

    /// <summary>The API's problem detail (English, as every API message).</summary>
    public static string Detail(NeededRole role) => role switch
    {
        NeededRole.Administrator => "This needs a platform administrator.",
        NeededRole.ForumOrganizer => "This needs an organizer of the forum.",
        NeededRole.EventOrganizer => "This needs an organizer of this event's forum.",
        NeededRole.EventParticipant => "This needs an approved registration for this event.",
        NeededRole.ForumParticipant => "This needs a role in the forum (organizer, delegate, exhibitor or press).",
        NeededRole.OrganizationDelegate => "This needs an approved delegate of this organization, or an organizer of the forum.",
        _ => "Your account does not have the role this needs.",
    };
}
