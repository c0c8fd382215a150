using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Quartz;
using SpaceBridge.Web.Features.Matchmaking.Requests;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Infrastructure.Jobs;

/// <summary>The job engine keeps its schedule in the app's database: the embedded SQLite file by default.</summary>
public class JobStoreTests
{
    [Fact]
    public async Task A_job_scheduled_for_later_is_still_scheduled_after_the_node_restarts()
    {
        var probe = new TriggerKey("restart-probe", "tests");
        var first = new SpaceBridgeFactory { KeepDataDir = true };
        try
        {
            _ = first.Server;
            var scheduler = await first.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            var trigger = TriggerBuilder.Create().WithIdentity(probe).ForJob(MeetingRequestExpiryJob.Key)
                .StartAt(DateTimeOffset.UtcNow.AddDays(30)).Build();
            await scheduler.ScheduleJob(trigger);
        }
        finally
        {
            await first.DisposeAsync();
        }

        await using var second = SpaceBridgeFactory.OnDataDir(first.DataDir, first.JobSchedulerName);
        _ = second.Server;
        var again = await second.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var kept = await again.GetTrigger(probe);
        Assert.NotNull(kept);
        Assert.Equal(MeetingRequestExpiryJob.Key, kept.JobKey);
    }

    [Fact]
    public async Task The_migrations_create_the_job_store_tables_and_the_recurring_jobs_are_stored_in_them()
    {
        await using var factory = new SpaceBridgeFactory();
        _ = factory.Server;
        var scheduler = await factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        Assert.True(await scheduler.Exists(MeetingRequestExpiryJob.Key));
        var stored = await factory.WithDbAsync(db => db.Database
            .SqlQueryRaw<string>("SELECT JOB_NAME AS Value FROM QRTZ_JOB_DETAILS WHERE SCHED_NAME = {0}", factory.JobSchedulerName).ToListAsync());
        Assert.Contains(MeetingRequestExpiryJob.Key.Name, stored);
    }
}
