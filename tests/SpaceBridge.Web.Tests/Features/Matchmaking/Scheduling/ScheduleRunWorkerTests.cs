using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SpaceBridge.Web.Features.Matchmaking.Scheduling;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Matchmaking.Scheduling;

/// <summary>The app with its log collected and a poll so long that a run left for the poll would never start in a test.</summary>
public sealed class SlowPollApp : SpaceBridgeFactory
{
    public LogCollector Log { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Matchmaking:RunPollSeconds", "3600");
        builder.ConfigureLogging(logging => logging.AddProvider(Log));
    }
}

public sealed class ScheduleRunWorkerTests(SlowPollApp app) : IClassFixture<SlowPollApp>
{
    [Fact]
    public async Task Runs_queued_together_all_run_in_one_pass_and_the_worker_logs_no_error()
    {
        var eventId = await app.Day1EventIdAsync();
        await app.ConfigureAsync(eventId, slots: 4, tables: 2);
        var people = await app.AddApprovedRegistrationsAsync(eventId, 4, "Worker");
        await app.AddRequestsAsync(eventId, MatchmakingData.AllPairs(people, 4));
        var ids = await app.WithDbAsync(async db =>
        {
            var runs = Enumerable.Range(0, 3).Select(i => new ScheduleRun
            {
                EventId = eventId, Kind = ScheduleRunKind.Full, Status = ScheduleRunStatus.Queued, Phase = "Queued",
                RequestedByUserId = "test", CreatedAtUtc = DateTime.UtcNow.AddSeconds(i), TimeLimitSeconds = 1,
            }).ToList();
            db.ScheduleRuns.AddRange(runs);
            await db.SaveChangesAsync();
            return runs.Select(r => r.Id).ToList();
        });

        // One wake-up for all three, as when they are queued on this node while the worker is between passes.
        app.Services.GetRequiredService<ScheduleRunSignal>().Notify();

        var deadline = DateTime.UtcNow.AddSeconds(90);
        List<ScheduleRunStatus> statuses;
        do
        {
            await Task.Delay(250);
            statuses = await app.WithDbAsync(db => db.ScheduleRuns.Where(r => ids.Contains(r.Id)).Select(r => r.Status).ToListAsync());
        }
        while (statuses.Any(s => s is ScheduleRunStatus.Queued or ScheduleRunStatus.Running) && DateTime.UtcNow < deadline);

        Assert.All(statuses, s => Assert.Equal(ScheduleRunStatus.Succeeded, s));
        var errors = app.Log.Lines.Where(l => l.Level >= LogLevel.Error && l.Category.Contains("Schedule", StringComparison.Ordinal)).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Category}: {e.Message} {e.Exception}")));
    }

    [Fact]
    public async Task The_progress_writer_can_be_stopped_twice()
    {
        var writer = new RunProgressWriter(app.Services.GetRequiredService<IServiceScopeFactory>(), runId: 0, claim: "test");
        writer.Start();
        writer.Set(0.5, "Halfway");

        await writer.DisposeAsync();
        // The executor stops it before its final update and its using statement stops it again.
        Assert.Null(await Record.ExceptionAsync(async () => await writer.DisposeAsync()));
    }
}
