using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using SpaceBridge.Web.Infrastructure.Caching;

namespace SpaceBridge.Web.Infrastructure.Observability;

/// <summary>
/// OpenTelemetry metrics and traces: requests (ASP.NET Core, Kestrel), database calls (EF Core), the public cache's
/// hits, misses and evictions, and schedule runs, exported over OTLP. Collected only when an endpoint is configured
/// (<c>OTEL_EXPORTER_OTLP_ENDPOINT</c>, or <c>Telemetry:OtlpEndpoint</c> with <c>Telemetry:OtlpProtocol</c> grpc or
/// http/protobuf), so a node without a collector pays nothing for it. The meters stay readable by dotnet-counters.
/// </summary>
public static class TelemetrySetup
{
    public const string ServiceName = "spacebridge-web";
    public const string OtlpEndpointKey = "Telemetry:OtlpEndpoint";

    public static WebApplicationBuilder AddSpaceBridgeTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ScheduleRunTelemetry>();
        var standardEndpoint = builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        var ownEndpoint = builder.Configuration[OtlpEndpointKey];
        if (string.IsNullOrWhiteSpace(standardEndpoint) && string.IsNullOrWhiteSpace(ownEndpoint))
        {
            return builder;
        }
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(ServiceName, serviceInstanceId: Environment.MachineName))
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddMeter("Microsoft.AspNetCore.Server.Kestrel", "Microsoft.EntityFrameworkCore", "Npgsql")
                .AddMeter(PublicCacheMetrics.MeterName, ScheduleRunTelemetry.MeterName))
            .WithTracing(t => t
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !context.Request.Path.StartsWithSegments("/health"))
                .AddEntityFrameworkCoreInstrumentation()
                .AddSource(ScheduleRunTelemetry.SourceName));
        if (!string.IsNullOrWhiteSpace(standardEndpoint))
        {
            // The standard OTEL_EXPORTER_OTLP_* settings (endpoint, protocol, headers) are read by the exporter itself.
            telemetry.UseOtlpExporter();
        }
        else if (Uri.TryCreate(ownEndpoint, UriKind.Absolute, out var endpoint))
        {
            var protocol = builder.Configuration["Telemetry:OtlpProtocol"] is "http/protobuf" ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
            telemetry.UseOtlpExporter(protocol, endpoint);
        }
        else
        {
            throw new InvalidOperationException($"{OtlpEndpointKey} must be an absolute address such as http://127.0.0.1:4317; got '{ownEndpoint}'.");
        }
        return builder;
    }
}
