using Microsoft.EntityFrameworkCore;
using SpaceBridge.Scheduling.Solving;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Matchmaking.Scheduling;

/// <summary>
/// Receives the solver's progress on its own thread and writes the latest value to the run's row at most
/// every <see cref="Interval"/>, through a DbContext of its own, so pollers on any node see it; only while this claim holds the run.
/// </summary>
public sealed class RunProgressWriter(IServiceScopeFactory scopes, int runId, string claim) : IProgress<SolveProgress>, IAsyncDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    private (double Fraction, string Phase)? _written;
    private readonly CancellationTokenSource _stop = new();
    private Task? _loop;
    private int _disposed;

    public void Start() => _loop = Task.Run(LoopAsync);

    public void Report(SolveProgress value) => Set(value.Fraction, value.Phase);

    public void Set(double fraction, string phase) =>
        Volatile.Write(ref _latestBox, new Box(Math.Clamp(fraction, 0, 1), phase.Length > 200 ? phase[..200] : phase));

    private sealed record Box(double Fraction, string Phase);
    private Box? _latestBox;

    private async Task LoopAsync()
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                await FlushAsync(_stop.Token);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public async Task FlushAsync(CancellationToken ct)
    {
        if (Volatile.Read(ref _latestBox) is not { } box || (_written is { } w && w.Fraction == box.Fraction && w.Phase == box.Phase))
        {
            return;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.ScheduleRuns.Where(r => r.Id == runId && r.Status == ScheduleRunStatus.Running && r.ClaimedBy == claim)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Progress, box.Fraction).SetProperty(r => r.Phase, box.Phase), ct);
        _written = (box.Fraction, box.Phase);
    }

    /// <summary>Stops the writer; safe to call more than once (the executor stops it before its final update).</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }
        await _stop.CancelAsync();
        if (_loop is not null)
        {
            await _loop;
        }
        _stop.Dispose();
    }
}
