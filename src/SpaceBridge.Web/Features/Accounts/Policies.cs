using Microsoft.AspNetCore.Authorization;
using SpaceBridge.Web.Features.Accounts.Roles;

namespace SpaceBridge.Web.Features.Accounts;

/// <summary>
/// Authorization policy names. The forum-scoped ones find the forum from the route
/// (<c>{forumId}</c>, or <c>{eventId}</c> / <c>{id}</c> of an event under /events or /api/v1/events) and ask
/// <see cref="ForumAccess"/>; administrators pass all of them.
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
        services.AddAuthorizationBuilder()
            .AddPolicy(Administrator, p => p.RequireAuthenticatedUser().RequireRole(PlatformRoles.Administrator))
            .AddPolicy(SignedIn, p => p.RequireAuthenticatedUser())
            .AddPolicy(ForumOrganizer, p => p.RequireAuthenticatedUser().AddRequirements(new ForumRoleRequirement([ForumRole.Organizer])))
            .AddPolicy(ForumParticipant, p => p.RequireAuthenticatedUser()
                .AddRequirements(new ForumRoleRequirement([ForumRole.Organizer, ForumRole.Delegate, ForumRole.Exhibitor, ForumRole.Press])));
        return services;
    }
}
