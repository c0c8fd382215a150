using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Matchmaking.Scheduling;

/// <summary>
/// Runs queued schedule runs on whichever node claims them first. The queue is the ScheduleRuns table; a node
/// claims a run with one conditional UPDATE (Status Queued to Running) and only the node whose update changed a
/// row executes it (docs/decisions/003-schedule-runs.md). Woken at once by <see cref="ScheduleRunSignal"/> on the
/// node that queued the run, and by polling for runs queued elsewhere. A node that stops (SIGTERM in a rolling
/// restart) hands its claimed run back to the queue at once, so another node runs it in full.
/// </summary>
public sealed class ScheduleRunWorker(IServiceScopeFactory scopes, ScheduleRunSignal signal, TimeProvider clock,
    IConfiguration configuration, ILogger<ScheduleRunWorker> logger) : BackgroundService
{
    /// <summary>A run still Running this long after its time limit is taken to be orphaned by a node that stopped.</summary>
    public static readonly TimeSpan OrphanGrace = TimeSpan.FromMinutes(2);

    /// <summary>This node in a claim: host name and process id, for an operator reading ScheduleRuns.ClaimedBy.</summary>
    public static readonly string NodeName = $"{Environment.MachineName}/{Environment.ProcessId}";

    /// <summary>The run this node executes now and its claim, if any; read when the node stops.</summary>
    private (int RunId, string Claim)? _current;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Matchmaking:RunPollSeconds", 5)));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (!stoppingToken.IsCancellationRequested && await TryRunOneAsync(stoppingToken))
                {
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Schedule run worker pass failed");
            }
            try
            {
                await signal.WaitAsync(poll, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Claims and executes the oldest claimable run; false when there was none.</summary>
    public async Task<bool> TryRunOneAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var candidates = await db.ScheduleRuns.AsNoTracking()
            .Where(r => r.Status == ScheduleRunStatus.Queued)
            .OrderBy(r => r.CreatedAtUtc).ThenBy(r => r.Id).Select(r => r.Id).Take(5).ToListAsync(ct);
        foreach (var id in candidates)
        {
            var claim = $"{NodeName}/{Guid.NewGuid():N}";
            var claimed = await db.ScheduleRuns
                .Where(r => r.Id == id && r.Status == ScheduleRunStatus.Queued)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, ScheduleRunStatus.Running)
                    .SetProperty(r => r.StartedAtUtc, now).SetProperty(r => r.Phase, "Starting").SetProperty(r => r.ClaimedBy, claim), ct);
            if (claimed == 1)
            {
                _current = (id, claim);
                try
                {
                    await scope.ServiceProvider.GetRequiredService<ScheduleRunExecutor>().ExecuteAsync(id, claim, ct);
                }
                catch (Exception ex) when (!ct.IsCancellationRequested)
                {
                    // One run's failure must not hold back the runs queued after it until the next poll.
                    logger.LogError(ex, "Schedule run {RunId} ended with an error", id);
                }
                finally
                {
                    // Left set when stopping, so that StopAsync hands the run back should the executor not have done so.
                    if (!ct.IsCancellationRequested)
                    {
                        _current = null;
                    }
                }
                return true;
            }
        }
        await FailOrphansAsync(db, now, ct);
        return false;
    }

    /// <summary>
    /// Waits for the run in progress to wind down (the executor hands it back when cancelled); if the host's shutdown
    /// timeout comes first, hands it back from here. Either way no run of this node stays Running.
    /// </summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_current is { } current)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await HandBackAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), current.RunId, current.Claim, logger);
            }
            catch (ObjectDisposedException)
            {
                // The host's services are already gone (a second stop of a disposed host): the run is left to the
                // orphan reaper of the next node (OrphanGrace), as after kill -9.
                logger.LogWarning("Schedule run {RunId} could not be handed back: the node's services were already disposed", current.RunId);
            }
        }
    }

    /// <summary>Puts a run this node claimed back in the queue (Queued, claim and start cleared) for any node to run afresh.</summary>
    public static async Task HandBackAsync(AppDbContext db, int runId, string claim, ILogger logger)
    {
        var handedBack = await db.ScheduleRuns.Where(r => r.Id == runId && r.Status == ScheduleRunStatus.Running && r.ClaimedBy == claim)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, ScheduleRunStatus.Queued).SetProperty(r => r.ClaimedBy, (string?)null)
                .SetProperty(r => r.StartedAtUtc, (DateTime?)null).SetProperty(r => r.Progress, 0.0).SetProperty(r => r.Phase, "Queued"),
                CancellationToken.None);
        if (handedBack == 1)
        {
            logger.LogInformation("Schedule run {RunId} handed back to the queue: this node is stopping", runId);
        }
    }

    private static async Task FailOrphansAsync(AppDbContext db, DateTime now, CancellationToken ct)
    {
        var running = await db.ScheduleRuns.AsNoTracking().Where(r => r.Status == ScheduleRunStatus.Running && r.StartedAtUtc != null)
            .Select(r => new { r.Id, r.StartedAtUtc, r.TimeLimitSeconds }).ToListAsync(ct);
        foreach (var run in running.Where(r => r.StartedAtUtc!.Value + TimeSpan.FromSeconds(r.TimeLimitSeconds) + OrphanGrace < now))
        {
            await db.ScheduleRuns.Where(r => r.Id == run.Id && r.Status == ScheduleRunStatus.Running).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Status, ScheduleRunStatus.Failed)
                .SetProperty(r => r.Error, "The node running this schedule stopped before it finished; start a new run.")
                .SetProperty(r => r.FinishedAtUtc, now), ct);
        }
    }
}

/// <summary>Wakes this node's worker when a run is queued here.</summary>
public sealed class ScheduleRunSignal
{
    private readonly SemaphoreSlim _semaphore = new(0);

    public void Notify() => _semaphore.Release();

    public async Task WaitAsync(TimeSpan timeout, CancellationToken ct)
    {
        if (await _semaphore.WaitAsync(timeout, ct))
        {
            // Drain extra wake-ups; one pass handles every queued run.
            while (_semaphore.CurrentCount > 0 && await _semaphore.WaitAsync(0, ct))
            {
            }
        }
    }
}
