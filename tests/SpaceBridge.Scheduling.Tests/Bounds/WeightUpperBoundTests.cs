using SpaceBridge.Scheduling.Bounds;
using SpaceBridge.Scheduling.Generation;
using SpaceBridge.Scheduling.Model;
using SpaceBridge.Scheduling.Tests.Solving;
using SpaceBridge.Scheduling.Validation;

namespace SpaceBridge.Scheduling.Tests.Bounds;

public class WeightUpperBoundTests
{
    private static Instance Star(int meetings, int slots, int tables) => new()
    {
        Blocks = [new Block(0, DayPart.Morning, 0, slots)],
        Participants = [.. Enumerable.Range(0, meetings + 1).Select(p => new Participant { Name = $"P{p}" })],
        Meetings = [.. Enumerable.Range(1, meetings).Select(p => new Meeting { Participants = [0, p], Weight = p })],
        Locations = [.. Enumerable.Range(0, tables).Select(t => new Location($"T{t}"))],
    };

    [Fact]
    public void A_participant_with_two_slots_can_take_only_their_two_heaviest_meetings()
    {
        var bounds = BoundsCalculator.Compute(Star(meetings: 5, slots: 2, tables: 5));
        Assert.Equal(5 + 4, bounds.WeightUpperBound);
    }

    [Fact]
    public void Table_capacity_caps_the_meetings_per_slot()
    {
        var instance = new Instance
        {
            Blocks = [new Block(0, DayPart.Morning, 0, 2)],
            Participants = [.. Enumerable.Range(0, 8).Select(p => new Participant { Name = $"P{p}" })],
            Meetings = [.. Enumerable.Range(0, 4).Select(i => new Meeting { Participants = [2 * i, 2 * i + 1] })],
            Locations = [new Location("T0")],
        };
        Assert.Equal(2, BoundsCalculator.Compute(instance).WeightUpperBound);
    }

    [Fact]
    public void A_meeting_without_a_common_free_slot_counts_for_nothing()
    {
        var instance = TinyInstances.Forum(participant: (p, x) => p == 3
            ? x with { ForbiddenSlots = Enumerable.Range(0, 8).ToHashSet() }
            : x);
        Assert.Equal(3, BoundsCalculator.Compute(instance).WeightUpperBound);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void The_bound_is_never_below_a_valid_schedules_weight(int seed)
    {
        var instance = ForumGenerator.Generate(new ForumOptions
        {
            Participants = 60, Meetings = 400, Days = 1, SlotsPerBlock = 4, Tables = 8, Seed = seed,
        });
        var solution = new FirstFitSolver().Solve(instance, new()).Solution;
        var report = ScheduleValidator.Validate(instance, solution);
        Assert.True(report.IsValid, string.Join("; ", report.Violations.Take(3)));

        var bound = BoundsCalculator.Compute(instance).WeightUpperBound;

        Assert.InRange(bound, report.Metrics.ScheduledWeight, instance.Meetings.Sum(m => (long)m.Weight));
    }
}
