using SpaceBridge.Scheduling.Model;

namespace SpaceBridge.Scheduling.Bounds;

public static class BoundsCalculator
{
    /// <summary>
    /// Bounds for an instance. The break bound counts the meetings that must be scheduled: all of them
    /// when the rules require it, otherwise those of <paramref name="scheduledMeetings"/> when given
    /// (the bound then holds for schedules of that same set), else none.
    /// </summary>
    public static ScheduleBounds Compute(Instance instance, IEnumerable<int>? scheduledMeetings = null)
    {
        var index = new InstanceIndex(instance);
        var (weight, source) = WeightUpperBound.Compute(index);
        var counted = instance.Rules.RequireAllMeetings
            ? Enumerable.Range(0, instance.Meetings.Count)
            : scheduledMeetings ?? [];
        return new ScheduleBounds(weight, source, BreakLowerBound.Compute(index, counted));
    }
}
