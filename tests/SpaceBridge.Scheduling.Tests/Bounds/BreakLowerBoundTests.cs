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

    /// <summary>
    /// One five-slot block; hub 0 (away in slots 1 and 4) and hub 4 (away in slots 1 and 3) meet three partners each.
    /// Hub 0 has runs {0} and {2,3}: one break; hub 4 has {0}, {2} and {4}: two.
    /// </summary>
    private static Instance TwoHubs() => new()
    {
        Blocks = [new Block(0, DayPart.Morning, 0, 5)],
        Participants =
        [
            .. new[] { 0, 4 }.SelectMany(hub => new[]
            {
                new Participant { Name = $"hub{hub}", ForbiddenSlots = (hub == 0 ? new[] { 1, 4 } : [1, 3]).ToHashSet() },
                new Participant { Name = $"P{hub + 1}" },
                new Participant { Name = $"P{hub + 2}" },
                new Participant { Name = $"P{hub + 3}" },
            }),
        ],
        Meetings = [.. new[] { 0, 4 }.SelectMany(hub => Enumerable.Range(1, 3).Select(k => new Meeting { Participants = [hub, hub + k] }))],
        Locations = [new Location("T0")],
        Rules = new SchedulingRules { RequireAllMeetings = true },
    };

    [Fact]
    public void Per_participant_bounds_charge_each_hub_for_its_own_split_runs_and_sum_to_the_total()
    {
        var index = new InstanceIndex(TwoHubs());
        var all = Enumerable.Range(0, index.Instance.Meetings.Count).ToArray();

        var bounds = BreakLowerBound.PerParticipant(index, all);

        Assert.Equal([1, 0, 0, 0, 2, 0, 0, 0], bounds);
        Assert.Equal(BreakLowerBound.Compute(index, all), bounds.Sum());
    }

    [Fact]
    public void Per_participant_bounds_count_only_the_given_meetings()
    {
        var index = new InstanceIndex(TwoHubs());
        int[] some = [0, 1, 3, 4, 5];

        var bounds = BreakLowerBound.PerParticipant(index, some);

        // Hub 0 keeps two meetings, which fit in {2,3}; hub 4 still has three.
        Assert.Equal([0, 0, 0, 0, 2, 0, 0, 0], bounds);
        Assert.Equal(BreakLowerBound.Compute(index, some), bounds.Sum());
    }

    [Fact]
    public void The_benchmark_originals_have_a_full_weight_bound()
    {
        var instance = DznInstanceReader.Read(BenchData.UdgFile("tic-12.original.dzn"));
        Assert.Equal(instance.Meetings.Count, BoundsCalculator.Compute(instance).WeightUpperBound);
    }
}
