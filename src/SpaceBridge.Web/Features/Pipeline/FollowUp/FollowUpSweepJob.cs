using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartz;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Pipeline.FollowUp;

/// <summary>
/// The follow-up timetable, on one node of the cluster at a time: starts the outcome surveys that are due, reminds the
/// parties of stale initiatives, and restarts any batch left unfinished (its job lost before it was scheduled).
/// </summary>
[DisallowConcurrentExecution]
public sealed class FollowUpSweepJob(OutcomeSurveys surveys, StaleInitiativeReminders reminders, EmailBatches batches, AppDbContext db,
    ILogger<FollowUpSweepJob> logger) : IJob
{
    public static readonly JobKey Key = new("follow-up-sweep", "follow-up");

    public static void Schedule(IQuartzBuilder q) =>
        q.ScheduleJob<FollowUpSweepJob>(
            (services, t) => t.WithIdentity("follow-up-sweep", "follow-up").StartNow()
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMinutes(Math.Max(1,
                    services.GetRequiredService<IOptions<FollowUpOptions>>().Value.SweepIntervalMinutes))).RepeatForever()),
            (_, j) => j.WithIdentity(Key).WithDescription("Outcome surveys, stale-initiative reminders, unfinished batches"));

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var surveysStarted = await surveys.StartDueAsync(cancellationToken);
        var reminded = await reminders.StartDueAsync(cancellationToken);
        var unfinished = await db.EmailBatches.AsNoTracking().Where(b => b.CompletedAtUtc == null).Select(b => b.Id).ToListAsync(cancellationToken);
        foreach (var id in unfinished)
        {
            await batches.StartAsync(id, cancellationToken);
        }
        logger.LogInformation("Follow-up sweep: {Surveys} surveys started, {Reminded} initiatives reminded, {Batches} unfinished batches resumed",
            surveysStarted, reminded, unfinished.Count);
    }
}
