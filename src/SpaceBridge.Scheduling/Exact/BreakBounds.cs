using System.Diagnostics;
using SpaceBridge.Scheduling.Model;

namespace SpaceBridge.Scheduling.Exact;

/// <summary>
/// What the <see cref="BreakMinimizingPipeline"/>'s phases share across threads: the best proven lower bound on total
/// breaks, which only rises, and the incumbent (the best complete schedule, the upper bound) once there is one.
/// The schedule is proven optimal when the two meet.
/// </summary>
/// <param name="clock">The run's clock, passed to the incumbent.</param>
internal sealed class BreakBounds(int lowerBound, Stopwatch? clock = null)
{
    private int lower = lowerBound;
    private Incumbent? incumbent;

    public int Lower => Volatile.Read(ref lower);

    public Incumbent? Incumbent => Volatile.Read(ref incumbent);

    /// <summary>True when the incumbent's breaks meet the lower bound: nothing is left to search.</summary>
    public bool Settled => Incumbent is { } best && best.Breaks <= Lower;

    /// <summary>Raises the lower bound to <paramref name="bound"/> unless it is already as high.</summary>
    public void Raise(int bound)
    {
        var current = Volatile.Read(ref lower);
        while (bound > current)
        {
            var seen = Interlocked.CompareExchange(ref lower, bound, current);
            if (seen == current) return;
            current = seen;
        }
    }

    /// <summary>Makes a complete schedule the first incumbent.</summary>
    public Incumbent Adopt(Instance instance, int?[] slots)
    {
        var adopted = new Incumbent(instance, slots, clock);
        Volatile.Write(ref incumbent, adopted);
        return adopted;
    }
}
