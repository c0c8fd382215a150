using Microsoft.AspNetCore.Authorization;

namespace SpaceBridge.Web.Features.Accounts.Roles;

/// <summary>What an id in the route names; its forum is the one whose organizers may act on it.</summary>
public enum RouteOwner { Event, Session, Forum, Person, Organization }

/// <summary>
/// The caller organizes (or, as an administrator, may act in) the forum that holds the event or session whose id is
/// the route value <see cref="RouteValue"/>. Handled by <see cref="ForumOrganizerOfRouteHandler"/>.
/// </summary>
public sealed record ForumOrganizerOfRoute(RouteOwner Owner, string RouteValue) : IAuthorizationRequirement
{
    public string What => Owner.ToString().ToLowerInvariant();
}
