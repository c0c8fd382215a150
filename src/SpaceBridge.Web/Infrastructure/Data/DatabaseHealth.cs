using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SpaceBridge.Web.Infrastructure.Data;

/// <summary>
/// Liveness (<c>/health/live</c>) answers from the process alone. Readiness (<c>/health/ready</c>) means the database
/// answers and its schema is current; otherwise 503 with one line saying what to do (e.g. run <c>migrate</c>).
/// </summary>
public static class DatabaseHealth
{
    private const string Ready = "ready";

    public static IServiceCollection AddSpaceBridgeHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseSchemaHealthCheck>("database", tags: [Ready]);
        return services;
    }

    public static IEndpointRouteBuilder MapSpaceBridgeHealthChecks(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = WriteAsync });
        return app;
    }

    private static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "text/plain; charset=utf-8";
        var problems = report.Entries.Values.Where(e => e.Status != HealthStatus.Healthy && e.Description is not null).Select(e => e.Description);
        var text = report.Status == HealthStatus.Healthy ? "Healthy" : $"{report.Status}: {string.Join(" ", problems)}";
        return http.Response.WriteAsync(text);
    }
}

/// <summary>Ready when <see cref="SchemaState"/> is current.</summary>
public sealed class DatabaseSchemaHealthCheck(AppDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var state = await SchemaState.ReadAsync(db, cancellationToken);
        return state.IsCurrent ? HealthCheckResult.Healthy() : new HealthCheckResult(context.Registration.FailureStatus, state.Problem);
    }
}
