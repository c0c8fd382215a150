using System.Diagnostics;
using SpaceBridge.Scheduling.Model;

namespace SpaceBridge.Scheduling.Exact;

/// <summary>
/// The best complete schedule so far, shared by search threads. A schedule with as few breaks
/// replaces it too, so the search keeps moving across plateaus.
/// </summary>
/// <param name="clock">The run's clock, for <see cref="FoundAfter"/>; none: zero.</param>
internal sealed class Incumbent(Instance instance, int?[] slots, Stopwatch? clock = null)
{
    private readonly Lock gate = new();
    private int?[] best = slots;
    private int bestBreaks = BreakCounter.PerParticipant(instance, slots).Sum();
    private TimeSpan foundAfter = clock?.Elapsed ?? TimeSpan.Zero;

    public int Breaks { get { lock (gate) return bestBreaks; } }

    /// <summary>When a schedule with <see cref="Breaks"/> breaks was first found, on the run's clock.</summary>
    public TimeSpan FoundAfter { get { lock (gate) return foundAfter; } }

    public (int?[] Slots, int Breaks) Snapshot() { lock (gate) return (best, bestBreaks); }

    /// <param name="foundAt">When the search found it, on the run's clock; by default now.</param>
    /// <returns>The new total when the candidate is strictly better, else null.</returns>
    public int? Offer(int?[] candidate, TimeSpan? foundAt = null)
    {
        var breaks = BreakCounter.PerParticipant(instance, candidate).Sum();
        lock (gate)
        {
            if (breaks > bestBreaks) return null;
            var better = breaks < bestBreaks;
            (best, bestBreaks) = (candidate, breaks);
            if (better) foundAfter = foundAt ?? clock?.Elapsed ?? TimeSpan.Zero;
            return better ? breaks : null;
        }
    }
}
