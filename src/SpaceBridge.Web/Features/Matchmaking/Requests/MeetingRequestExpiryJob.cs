using Quartz;

namespace SpaceBridge.Web.Features.Matchmaking.Requests;

/// <summary>
/// Marks pending requests whose time is up as Expired, every few minutes on one node of the cluster (a Quartz.NET
/// job). Reads do not wait for it: every answer and listing runs the same sweep first, so an expired request is never
/// shown or accepted as pending.
/// </summary>
[DisallowConcurrentExecution]
public sealed class MeetingRequestExpiryJob(MeetingRequestService requests, ILogger<MeetingRequestExpiryJob> logger) : IJob
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);
    public static readonly JobKey Key = new("meeting-request-expiry", "matchmaking");

    public static void Schedule(IQuartzBuilder q) =>
        q.ScheduleJob<MeetingRequestExpiryJob>(
            t => t.WithIdentity("meeting-request-expiry", "matchmaking").StartNow()
                .WithSimpleSchedule(s => s.WithInterval(Interval).RepeatForever()),
            j => j.WithIdentity(Key).WithDescription("Expire pending meeting requests whose time is up"));

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var expired = await requests.ExpireDueAsync(cancellationToken);
        if (expired > 0)
        {
            logger.LogInformation("{Count} meeting requests expired", expired);
        }
    }
}
