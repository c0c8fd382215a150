using SpaceBridge.Scheduling.Model;
using SpaceBridge.Scheduling.Validation;
using static SpaceBridge.Scheduling.Tests.TinyInstances;

namespace SpaceBridge.Scheduling.Tests.Validation;

public class ScheduleMetricsTests
{
    [Fact]
    public void Breaks_count_idle_runs_between_meetings_within_a_block_only()
    {
        // P0: slots 0, 3 (morning, one break of two idle slots) and 7 (afternoon: no break across blocks).
        // P1: slots 0, 1. P2: slots 1, 3 (one break) and 5. P3: slots 5, 7 (afternoon, one break).
        var metrics = ScheduleValidator.Validate(Forum(), Schedule((0, 0), (3, 0), (1, 0), (5, 0), (7, 0))).Metrics;
        Assert.Equal([1, 0, 1, 1], metrics.BreaksPerParticipant);
        Assert.Equal(3, metrics.TotalBreaks);
        Assert.Equal(1, metrics.BreakSpread);
    }

    [Fact]
    public void Two_idle_runs_in_one_block_are_two_breaks()
    {
        var instance = Forum() with
        {
            Meetings = [.. Enumerable.Range(0, 3).Select(_ => new Meeting { Participants = [0, 1] })],
        };
        var metrics = ScheduleValidator.Validate(instance, Schedule((0, 0), (2, 0), (4, 0))).Metrics;
        Assert.Equal(1, metrics.BreaksPerParticipant[0]); // 0 and 2 in the morning, 4 in the afternoon
        var spread = ScheduleValidator.Validate(instance with { Blocks = [new Block(0, DayPart.Morning, 0, 8)] },
            Schedule((0, 0), (2, 0), (7, 0))).Metrics;
        Assert.Equal([2, 2, 0, 0], spread.BreaksPerParticipant);
        Assert.Equal(2, spread.BreakSpread);
    }

    [Fact]
    public void Scheduled_weight_and_unscheduled_count_follow_the_assignments()
    {
        var instance = Forum(meeting: (m, x) => x with { Weight = m + 1 });
        var metrics = ScheduleValidator.Validate(instance, Schedule((0, 0), (null, null), (2, 0), (null, null), (4, 1))).Metrics;
        Assert.Equal(3, metrics.ScheduledCount);
        Assert.Equal(1 + 3 + 5, metrics.ScheduledWeight);
        Assert.Equal(2, metrics.UnscheduledCount);
        Assert.Equal(2 + 4, metrics.UnscheduledWeight);
        Assert.Equal([1, 0, 2, 1], metrics.UnscheduledPerParticipant);
    }

    [Fact]
    public void Location_changes_count_moves_between_consecutive_meetings()
    {
        // P0: T0, T1, T1 (one change). P1: T0, T0. P2: T1, T0, T0. P3: T0, T1.
        var metrics = ScheduleValidator.Validate(Forum(), Schedule((0, 0), (1, 1), (2, 0), (3, 0), (4, 1))).Metrics;
        Assert.Equal([1, 0, 1, 1], metrics.LocationChangesPerParticipant);
        Assert.Equal(3, metrics.TotalLocationChanges);
    }

    [Fact]
    public void Whole_day_break_counting_joins_the_morning_and_the_afternoon()
    {
        // P0: slots 0, 3 and 7. Per block: one break (0..3); over the whole day: two (0..3, 3..7).
        var schedule = Schedule((0, 0), (3, 0), (1, 0), (5, 0), (7, 0));
        var perBlock = ScheduleValidator.Validate(Forum(), schedule).Metrics;
        var wholeDay = ScheduleValidator.Validate(Forum(new SchedulingRules { BreaksSpanWholeDay = true }), schedule).Metrics;
        Assert.Equal(1, perBlock.BreaksPerParticipant[0]);
        Assert.Equal([2, 0, 2, 1], wholeDay.BreaksPerParticipant);
    }

    [Fact]
    public void Meetings_either_side_of_lunch_are_no_break_in_whole_day_counting()
    {
        // P3: slots 3 (last morning slot) and 4 (first afternoon slot).
        var schedule = Schedule((0, 0), (1, 0), (2, 0), (3, 0), (4, 0));
        var wholeDay = ScheduleValidator.Validate(Forum(new SchedulingRules { BreaksSpanWholeDay = true }), schedule).Metrics;
        Assert.Equal(0, wholeDay.BreaksPerParticipant[3]);
        Assert.Equal(1, wholeDay.BreaksPerParticipant[0]); // slots 0, 1 and 4: one gap
    }
}
