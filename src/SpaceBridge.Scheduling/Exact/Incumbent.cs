using SpaceBridge.Scheduling.Model;

namespace SpaceBridge.Scheduling.Exact;

/// <summary>
/// The best complete schedule so far, shared by search threads. A schedule with as few breaks
/// replaces it too, so the search keeps moving across plateaus.
/// </summary>
internal sealed class Incumbent(Instance instance, int?[] slots)
{
    private readonly Lock gate = new();
    private int?[] best = slots;
    private int bestBreaks = BreakCounter.PerParticipant(instance, slots).Sum();

    public int Breaks { get { lock (gate) return bestBreaks; } }

    public (int?[] Slots, int Breaks) Snapshot() { lock (gate) return (best, bestBreaks); }

    /// <returns>The new total when the candidate is strictly better, else null.</returns>
    public int? Offer(int?[] candidate)
    {
        var breaks = BreakCounter.PerParticipant(instance, candidate).Sum();
        lock (gate)
        {
            if (breaks > bestBreaks) return null;
            var better = breaks < bestBreaks;
            (best, bestBreaks) = (candidate, breaks);
            return better ? breaks : null;
        }
    }
}
