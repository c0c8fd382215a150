namespace SpaceBridge.Web.Features.Matchmaking.Scheduling;

public static class MatchmakingSchedulingSetup
{
    /// <summary>Settings, schedule runs (queued here, executed by the background worker of any node), publishing, moves and locks.</summary>
    public static IServiceCollection AddMatchmakingScheduling(this IServiceCollection services)
    {
        services.AddScoped<MatchmakingSettingsEditor>();
        services.AddScoped<EventInstanceBuilder>();
        services.AddScoped<ScheduleRuns>();
        services.AddScoped<ScheduleRunExecutor>();
        services.AddScoped<SchedulePublisher>();
        services.AddScoped<MeetingMover>();
        services.AddScoped<MeetingLocker>();
        services.AddSingleton<ScheduleRunSignal>();
        services.AddHostedService<ScheduleRunWorker>();
        return services;
    }

    public static IEndpointRouteBuilder MapMatchmakingScheduling(this IEndpointRouteBuilder app) => app.MapScheduleRunApi();
}
