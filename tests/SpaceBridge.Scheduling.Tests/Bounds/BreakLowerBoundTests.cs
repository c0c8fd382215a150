using SpaceBridge.Scheduling.Bounds;
using SpaceBridge.Scheduling.Io;
using SpaceBridge.Scheduling.Model;

namespace SpaceBridge.Scheduling.Tests.Bounds;

public class BreakLowerBoundTests
{
    private static Instance ThreeMeetingsFor(int[] forbidden, int blockSize) => new()
    {
        Blocks = [new Block(0, DayPart.Morning, 0, blockSize)],
        Participants =
        [
            new Participant { Name = "busy", ForbiddenSlots = forbidden.ToHashSet() },
            .. Enumerable.Range(1, 3).Select(p => new Participant { Name = $"P{p}" }),
        ],
        Meetings = [.. Enumerable.Range(1, 3).Select(p => new Meeting { Participants = [0, p] })],
        Locations = [new Location("T0")],
        Rules = new SchedulingRules { RequireAllMeetings = true },
    };

    [Fact]
    public void Meetings_that_fit_in_one_run_need_no_break()
    {
        Assert.Equal(0, BoundsCalculator.Compute(ThreeMeetingsFor([1], blockSize: 5)).BreaksLowerBound);
    }

    [Fact]
    public void Meetings_that_must_straddle_a_forbidden_slot_need_a_break()
    {
        // Free runs {0} and {2,3}: three meetings cannot sit in one run.
        Assert.Equal(1, BoundsCalculator.Compute(ThreeMeetingsFor([1], blockSize: 4)).BreaksLowerBound);
        // Free runs {0}, {2}, {4}: two extra runs are needed.
        Assert.Equal(2, BoundsCalculator.Compute(ThreeMeetingsFor([1, 3], blockSize: 5)).BreaksLowerBound);
    }

    [Fact]
    public void Without_required_meetings_only_the_given_scheduled_set_counts()
    {
        var instance = ThreeMeetingsFor([1], blockSize: 4) with { Rules = new SchedulingRules() };
        Assert.Equal(0, BoundsCalculator.Compute(instance).BreaksLowerBound);
        Assert.Equal(1, BoundsCalculator.Compute(instance, [0, 1, 2]).BreaksLowerBound);
        Assert.Equal(0, BoundsCalculator.Compute(instance, [0, 1]).BreaksLowerBound);
    }

    [Fact]
    public void Whole_day_counting_makes_a_gap_across_lunch_a_break()
    {
        var instance = ThreeMeetingsFor([2, 3], blockSize: 6) with
        {
            Blocks = [new Block(0, DayPart.Morning, 0, 3), new Block(0, DayPart.Afternoon, 3, 3)],
        };
        // Free slots 0,1 | 4,5: each block holds two meetings without a break, but over the whole day
        // three meetings cannot avoid the idle slots 2 and 3.
        Assert.Equal(0, BoundsCalculator.Compute(instance with { Rules = instance.Rules with { BreaksSpanWholeDay = false } }).BreaksLowerBound);
        Assert.Equal(1, BoundsCalculator.Compute(instance with { Rules = instance.Rules with { BreaksSpanWholeDay = true } }).BreaksLowerBound);
    }

    [Fact]
    public void The_benchmark_originals_have_a_full_weight_bound()
    {
        var instance = DznInstanceReader.Read(BenchData.UdgFile("tic-12.original.dzn"));
        Assert.Equal(instance.Meetings.Count, BoundsCalculator.Compute(instance).WeightUpperBound);
    }
}
