using SpaceBridge.Scheduling.Model;

namespace SpaceBridge.Scheduling.Bounds;

/// <summary>
/// An upper bound on the total weight any valid schedule can place.
/// Weights are handled by levels: for weights w1 &gt; w2 &gt; ... &gt; wk, any schedule's weight equals
/// the sum over levels of (wi - wi+1) times the number of scheduled meetings of weight at least wi,
/// and each count is bounded by the smallest of the cardinality bounds.
/// </summary>
public static class WeightUpperBound
{
    public static (long Value, string Source) Compute(InstanceIndex index)
    {
        var instance = index.Instance;
        var allowed = new bool[instance.Meetings.Count][];
        for (var m = 0; m < allowed.Length; m++)
        {
            allowed[m] = new bool[index.SlotCount];
            for (var t = 0; t < index.SlotCount; t++) allowed[m][t] = index.IsSlotAllowed(m, t);
        }
        var bounds = new CardinalityBounds(index, allowed);
        var schedulable = Enumerable.Range(0, allowed.Length).Where(m => allowed[m].Any(a => a)).ToArray();

        var levels = schedulable.Select(m => instance.Meetings[m].Weight).Distinct().OrderDescending().ToArray();
        long total = 0;
        var sources = new HashSet<string>();
        for (var i = 0; i < levels.Length; i++)
        {
            var subset = schedulable.Where(m => instance.Meetings[m].Weight >= levels[i]).ToArray();
            var (count, source) = MinOf(
                (subset.Length, "requests"),
                (bounds.SlotFlow(subset), "slot-flow"),
                (bounds.ParticipantFlow(subset), "participant-flow"));
            var step = levels[i] - (i + 1 < levels.Length ? levels[i + 1] : 0);
            total += step * count;
            sources.Add(source);
        }
        return (total, sources.Count == 0 ? "requests" : string.Join("+", sources.Order()));
    }

    private static (long, string) MinOf(params (long Value, string Source)[] candidates) =>
        candidates.MinBy(c => c.Value);
}
