using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace SpaceBridge.Web.Infrastructure.Observability;

/// <summary>Traces (one activity per run) and metrics (count and duration by kind and outcome) of schedule runs.</summary>
public sealed class ScheduleRunTelemetry
{
    public const string SourceName = "SpaceBridge.Scheduling";
    public const string MeterName = "SpaceBridge.Scheduling";

    private static readonly ActivitySource Source = new(SourceName);
    private readonly Histogram<double> _duration;

    public ScheduleRunTelemetry(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _duration = meter.CreateHistogram<double>("spacebridge.schedule_run.duration", "s", "Duration of schedule runs, by kind and outcome.");
    }

    public static Activity? StartRun(int runId)
    {
        var activity = Source.StartActivity("schedule run");
        activity?.SetTag("spacebridge.schedule_run.id", runId);
        return activity;
    }

    public static void Describe(Activity? activity, int eventId, string kind)
    {
        activity?.SetTag("spacebridge.event.id", eventId);
        activity?.SetTag("spacebridge.schedule_run.kind", kind);
    }

    public void Finished(Activity? activity, string kind, string outcome, TimeSpan elapsed)
    {
        activity?.SetTag("spacebridge.schedule_run.outcome", outcome);
        if (outcome == "failed")
        {
            activity?.SetStatus(ActivityStatusCode.Error);
        }
        _duration.Record(elapsed.TotalSeconds,
            new KeyValuePair<string, object?>("spacebridge.schedule_run.kind", kind),
            new KeyValuePair<string, object?>("spacebridge.schedule_run.outcome", outcome));
    }
}
