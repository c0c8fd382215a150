using System.Diagnostics;

namespace SpaceBridge.Scheduling.Heuristics;

/// <summary>A time limit plus a cancellation token, cheap enough to poll from inner loops.</summary>
internal sealed class Deadline(TimeSpan limit, CancellationToken cancellationToken)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public TimeSpan Elapsed => _clock.Elapsed;

    public bool Expired => cancellationToken.IsCancellationRequested || _clock.Elapsed >= limit;

    /// <summary>Fraction of the time limit used so far, for progress reports.</summary>
    public double Fraction => limit <= TimeSpan.Zero ? 1 : Math.Min(1, _clock.Elapsed / limit);
}
