using Microsoft.AspNetCore.Authorization;

namespace SpaceBridge.Web.Features.Accounts.Roles;

/// <summary>
/// Why <see cref="ForumOrganizerOfRouteHandler"/> refused: the route names no event or session (404, as the endpoints
/// answered before asking who calls), or the caller does not organize its forum (403).
/// <see cref="ForumRefusalResultHandler"/> answers with these as ProblemDetails.
/// </summary>
public sealed class ForumOrganizerRefusal(IAuthorizationHandler handler, ForumOrganizerOfRoute requirement, bool exists)
    : AuthorizationFailureReason(handler, exists ? $"Not an organizer of the {requirement.What}'s forum." : $"No such {requirement.What}.")
{
    public int StatusCode => exists ? StatusCodes.Status403Forbidden : StatusCodes.Status404NotFound;

    public string Title => exists ? "Forbidden" : "Not found";

    public string Detail => exists
        ? $"Only organizers of this {requirement.What}'s forum may do this."
        : $"There is no such {requirement.What}.";
}
