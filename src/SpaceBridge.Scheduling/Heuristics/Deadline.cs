using System.Diagnostics;

namespace SpaceBridge.Scheduling.Heuristics;

/// <summary>
/// A time limit plus a cancellation token, cheap enough to poll from inner loops. Without the wall clock
/// (deterministic mode) only cancellation ends it, so seeded iteration counts alone decide the result.
/// </summary>
internal sealed class Deadline(TimeSpan limit, CancellationToken cancellationToken, bool wallClock = true)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public TimeSpan Elapsed => _clock.Elapsed;

    public bool Expired => cancellationToken.IsCancellationRequested || (wallClock && _clock.Elapsed >= limit);

    /// <summary>True once the given share of the time limit is used (or the run is cancelled), to leave time for later phases.</summary>
    public bool PastShare(double share) => cancellationToken.IsCancellationRequested || (wallClock && _clock.Elapsed >= limit * share);

    /// <summary>Fraction of the time limit used so far, for progress reports.</summary>
    public double Fraction => limit <= TimeSpan.Zero ? 1 : Math.Min(1, _clock.Elapsed / limit);
}
