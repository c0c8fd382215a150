using Microsoft.AspNetCore.Authorization;
using SpaceBridge.Web.Features.Accounts.Roles;

namespace SpaceBridge.Web.Features.Accounts;

/// <summary>
/// Authorization policies. The named forum-scoped ones (used by pages) find the forum from the route
/// (<c>{forumId}</c>, or <c>{eventId}</c> / <c>{id}</c> of an event under /events or /api/v1/events) and ask
/// <see cref="ForumAccess"/>; the route-bound organizer policies (<see cref="OrganizerOfEvent"/>,
/// <see cref="OrganizerOfSession"/>) guard endpoint groups and name the route value they read. Administrators pass all.
/// </summary>
public static class Policies
{
    public const string Administrator = "Administrator";
    public const string SignedIn = "SignedIn";
    public const string ForumOrganizer = "ForumOrganizer";
    /// <summary>Any role in the forum: organizer, delegate, exhibitor or press.</summary>
    public const string ForumParticipant = "ForumParticipant";

    public static IServiceCollection AddSpaceBridgeAuthorization(this IServiceCollection services)
    {
        services.AddScoped<IAuthorizationHandler, ForumRoleHandler>();
        services.AddScoped<IAuthorizationHandler, ForumOrganizerOfRouteHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ForumRefusalResultHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(Administrator, p => p.RequireAuthenticatedUser().RequireRole(PlatformRoles.Administrator))
            .AddPolicy(SignedIn, p => p.RequireAuthenticatedUser())
            .AddPolicy(ForumOrganizer, p => p.RequireAuthenticatedUser().AddRequirements(new ForumRoleRequirement([ForumRole.Organizer])))
            .AddPolicy(ForumParticipant, p => p.RequireAuthenticatedUser()
                .AddRequirements(new ForumRoleRequirement([ForumRole.Organizer, ForumRole.Delegate, ForumRole.Exhibitor, ForumRole.Press])));
        return services;
    }

    /// <summary>
    /// Signed in, and organizer of the forum that holds the event whose id is the route value
    /// <paramref name="routeValue"/> (administrators pass). An unknown event is answered 404, anyone else 403.
    /// </summary>
    public static AuthorizationPolicy OrganizerOfEvent(string routeValue) => OrganizerOf(new ForumOrganizerOfRoute(RouteOwner.Event, routeValue));

    /// <summary>As <see cref="OrganizerOfEvent"/>, for the forum that holds the session whose id is the route value.</summary>
    public static AuthorizationPolicy OrganizerOfSession(string routeValue) => OrganizerOf(new ForumOrganizerOfRoute(RouteOwner.Session, routeValue));

    /// <summary>As <see cref="OrganizerOfEvent"/>, for the forum whose id is the route value.</summary>
    public static AuthorizationPolicy OrganizerOfForum(string routeValue) => OrganizerOf(new ForumOrganizerOfRoute(RouteOwner.Forum, routeValue));

    /// <summary>As <see cref="OrganizerOfEvent"/>, for the forum that maintains the person (administrators only for a person no forum maintains).</summary>
    public static AuthorizationPolicy OrganizerOfPerson(string routeValue) => OrganizerOf(new ForumOrganizerOfRoute(RouteOwner.Person, routeValue));

    /// <summary>As <see cref="OrganizerOfPerson"/>, for an organization.</summary>
    public static AuthorizationPolicy OrganizerOfOrganization(string routeValue) => OrganizerOf(new ForumOrganizerOfRoute(RouteOwner.Organization, routeValue));

    private static AuthorizationPolicy OrganizerOf(ForumOrganizerOfRoute requirement) =>
        new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(requirement).Build();
}
