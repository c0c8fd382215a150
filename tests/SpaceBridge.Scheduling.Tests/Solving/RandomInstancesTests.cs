using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SpaceBridge.Scheduling.Bounds;
using SpaceBridge.Scheduling.Validation;

namespace SpaceBridge.Scheduling.Tests.Solving;

public class RandomInstancesTests
{
    [Property(MaxTest = 200)]
    public Property The_hidden_schedule_of_a_random_instance_is_valid(int seed, bool requireAll)
    {
        var (instance, hidden) = RandomInstances.Create(seed, requireAll);
        var report = ScheduleValidator.Validate(instance, hidden);
        return report.IsValid.Label(string.Join("; ", report.Violations.Take(3)));
    }

    [Property(MaxTest = 200)]
    public Property The_weight_bound_is_never_below_a_valid_schedule(int seed)
    {
        var (instance, hidden) = RandomInstances.Create(seed);
        var metrics = ScheduleValidator.Validate(instance, hidden).Metrics;
        var bounds = BoundsCalculator.Compute(instance, hidden.Assignments.Where(a => a.IsScheduled).Select(a => a.Meeting));
        return (bounds.WeightUpperBound >= metrics.ScheduledWeight && bounds.BreaksLowerBound <= metrics.TotalBreaks)
            .Label($"bound {bounds.WeightUpperBound} vs weight {metrics.ScheduledWeight}; breaks lb {bounds.BreaksLowerBound} vs {metrics.TotalBreaks}");
    }
}
