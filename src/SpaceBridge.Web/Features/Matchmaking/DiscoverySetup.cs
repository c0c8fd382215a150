using SpaceBridge.Web.Features.Matchmaking.Opportunities;
using SpaceBridge.Web.Features.Matchmaking.Recommendations;

namespace SpaceBridge.Web.Features.Matchmaking;

/// <summary>Profiles, opportunities and recommendations: how participants find partners before they ask for meetings.</summary>
public static class DiscoverySetup
{
    public static IServiceCollection AddMatchmakingDiscovery(this IServiceCollection services)
    {
        services.AddScoped<RecommendationService>();
        services.AddScoped<OpportunitySearch>();
        services.AddScoped<OpportunityEditors>();
        return services;
    }

    public static IEndpointRouteBuilder MapMatchmakingDiscovery(this IEndpointRouteBuilder app) => app.MapRecommendationsApi().MapOpportunitiesApi();
}
