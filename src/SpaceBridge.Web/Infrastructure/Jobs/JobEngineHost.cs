using Quartz;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Infrastructure.Jobs;

/// <summary>
/// Starts this node's scheduler once the database schema is current (a node started before <c>migrate</c> stays up,
/// not ready, and starts running jobs once migrated) and shuts it down with the host, letting running jobs finish.
/// </summary>
public sealed class JobEngineHost(ISchedulerFactory factory, IServiceScopeFactory scopes, JobEngineOptions options, ILogger<JobEngineHost> logger)
    : BackgroundService
{
    private IScheduler? _scheduler;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.RunJobs)
        {
            logger.LogInformation("This node runs no jobs (Jobs:RunJobs is false)");
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            SchemaState state;
            await using (var scope = scopes.CreateAsyncScope())
            {
                state = await SchemaState.ReadAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), stoppingToken);
            }
            if (state.IsCurrent)
            {
                break;
            }
            logger.LogWarning("Jobs wait for the database: {Problem}", state.Problem);
            await Task.Delay(TimeSpan.FromSeconds(10), stoppingToken);
        }
        _scheduler = await factory.GetScheduler(stoppingToken);
        await _scheduler.Start(stoppingToken);
        logger.LogInformation("Job engine started as node {Node} of cluster {Cluster}", _scheduler.SchedulerInstanceId, _scheduler.SchedulerName);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        // This node's scheduler, even one made while the node was stopping (before _scheduler was set): shut down here,
        // while the node's services still exist, never later by the factory's disposal. The repository behind
        // GetAllSchedulers is shared by the process, so the name picks ours: other hosts in the process (test nodes)
        // keep theirs.
        foreach (var scheduler in await factory.GetAllSchedulers(CancellationToken.None))
        {
            if (scheduler.SchedulerName == options.SchedulerName && scheduler.Status != SchedulerStatus.Shutdown)
            {
                try
                {
                    await scheduler.Shutdown(waitForJobsToComplete: true, cancellationToken);
                }
                catch (ObjectDisposedException e)
                {
                    // Quartz's store signals its scheduler through a service provider resolved lazily; when a host of
                    // the same process has already been disposed, that last signal fails after the jobs have stopped.
                    logger.LogWarning(e, "Job engine {Scheduler} shut down; its last signal found the services disposed", scheduler.SchedulerName);
                }
            }
        }
    }
}
