using SpaceBridge.Web.Features.Matchmaking.Interpreters;

namespace SpaceBridge.Web.Features.Matchmaking;

public static class InterpretersSetup
{
    /// <summary>Interpreter pools per event and language pair, read by the schedule runs.</summary>
    public static IServiceCollection AddMatchmakingInterpreters(this IServiceCollection services)
    {
        services.AddScoped<InterpreterPools>();
        return services;
    }

    public static IEndpointRouteBuilder MapMatchmakingInterpreters(this IEndpointRouteBuilder app) => app.MapInterpreterPoolsApi();
}
