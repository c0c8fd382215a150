using SpaceBridge.Scheduling.Model;
using SpaceBridge.Scheduling.Validation;
using static SpaceBridge.Scheduling.Tests.TinyInstances;

namespace SpaceBridge.Scheduling.Tests.Validation;

public class ScheduleValidatorTests
{
    private static Violation Single(Instance instance, Solution solution, ViolationKind kind)
    {
        var report = ScheduleValidator.Validate(instance, solution);
        var violation = Assert.Single(report.Violations);
        Assert.Equal(kind, violation.Kind);
        return violation;
    }

    [Fact]
    public void A_valid_schedule_has_no_violations()
    {
        var report = ScheduleValidator.Validate(Forum(), ValidSchedule());
        Assert.True(report.IsValid, string.Join("; ", report.Violations));
    }

    [Fact]
    public void A_participant_in_two_meetings_in_one_slot_is_caught()
    {
        // Meetings 0 (0,1) and 1 (0,2) both in slot 0 at different tables.
        var v = Single(Forum(), Schedule((0, 0), (0, 1), (2, 0), (3, 0), (4, 0)), ViolationKind.ParticipantDoubleBooked);
        Assert.Equal(0, v.Participant);
        Assert.Equal(0, v.Slot);
    }

    [Fact]
    public void A_meeting_in_a_forbidden_slot_is_caught()
    {
        var instance = Forum(participant: (p, x) => p == 3 ? x with { ForbiddenSlots = new HashSet<int> { 3 } } : x);
        var v = Single(instance, ValidSchedule(), ViolationKind.ForbiddenSlot);
        Assert.Equal((3, 3, 3), (v.Meeting!.Value, v.Participant!.Value, v.Slot!.Value));
    }

    [Fact]
    public void A_pinned_meeting_elsewhere_is_caught()
    {
        var instance = Forum(meeting: (m, x) => m == 2 ? x with { PinnedSlot = 6 } : x);
        Assert.Equal(2, Single(instance, ValidSchedule(), ViolationKind.PinnedSlot).Meeting);
    }

    [Fact]
    public void A_meeting_away_from_its_pinned_location_is_caught()
    {
        var instance = Forum(meeting: (m, x) => m == 1 ? x with { PinnedLocation = 1 } : x);
        Assert.Equal(1, Single(instance, ValidSchedule(), ViolationKind.PinnedLocation).Meeting);
    }

    [Fact]
    public void A_meeting_before_its_predecessor_is_caught()
    {
        var instance = Forum(meeting: (m, x) => m == 0 ? x with { Predecessors = [3] } : x);
        var v = Single(instance, ValidSchedule(), ViolationKind.Precedence);
        Assert.Equal(0, v.Meeting);
    }

    [Fact]
    public void A_meeting_in_the_same_slot_as_its_predecessor_is_caught()
    {
        // Meetings 0 (0,1) and 3 (2,3) share no participant; both in slot 0.
        var instance = Forum(meeting: (m, x) => m == 3 ? x with { Predecessors = [0] } : x);
        Single(instance, Schedule((0, 0), (1, 0), (2, 0), (0, 1), (4, 0)), ViolationKind.Precedence);
    }

    [Fact]
    public void Two_meetings_at_one_table_in_one_slot_are_caught()
    {
        Single(Forum(), Schedule((0, 0), (1, 0), (2, 0), (0, 0), (4, 0)), ViolationKind.LocationCapacity);
    }

    [Fact]
    public void A_morning_meeting_in_the_afternoon_is_caught()
    {
        var instance = Forum(meeting: (m, x) => m == 4 ? x with { Session = SessionRestriction.Morning } : x);
        Assert.Equal(4, Single(instance, ValidSchedule(), ViolationKind.SessionRestriction).Meeting);
    }

    [Fact]
    public void An_unscheduled_meeting_is_caught_when_all_are_required()
    {
        var schedule = Schedule((0, 0), (1, 0), (null, null), (3, 0), (4, 0));
        Assert.True(ScheduleValidator.Validate(Forum(), schedule).IsValid);
        var instance = Forum(new SchedulingRules { RequireAllMeetings = true });
        Assert.Equal(2, Single(instance, schedule, ViolationKind.Unscheduled).Meeting);
    }

    [Fact]
    public void A_break_spread_above_the_limit_is_caught()
    {
        // Participant 0 meets in slots 0 and 2 (one break) and 6; nobody else has a break.
        var schedule = Schedule((0, 0), (2, 0), (4, 0), (5, 0), (6, 0));
        var report = ScheduleValidator.Validate(Forum(new SchedulingRules { MaxBreakSpread = 1 }), schedule);
        Assert.True(report.IsValid, string.Join("; ", report.Violations));
        var tight = Forum(new SchedulingRules { MaxBreakSpread = 0 });
        Single(tight, schedule, ViolationKind.BreakSpread);
    }

    [Fact]
    public void Slots_and_locations_the_instance_lacks_are_caught()
    {
        var report = ScheduleValidator.Validate(Forum(), Schedule((0, 0), (1, 0), (2, 0), (99, 0), (4, 7)));
        Assert.Equal([ViolationKind.SlotOutOfRange, ViolationKind.LocationOutOfRange], report.Violations.Select(v => v.Kind));
    }

    [Fact]
    public void A_meeting_assigned_twice_is_caught()
    {
        var schedule = ValidSchedule();
        var twice = schedule with { Assignments = [.. schedule.Assignments, new Assignment(2, 7, 1)] };
        Single(Forum(), twice, ViolationKind.DuplicateAssignment);
    }
}
