using Google.OrTools.Sat;
using SpaceBridge.Scheduling.Bounds;
using SpaceBridge.Scheduling.Exact;
using static SpaceBridge.Scheduling.Tests.Exact.ContestedForums;

namespace SpaceBridge.Scheduling.Tests.Exact;

public class ScheduleModelTests
{
    [Fact]
    public void A_zero_break_probe_is_infeasible_when_only_the_tables_force_a_break()
    {
        var instance = SharedRun(copies: 1, tables: 1);
        Assert.Equal(0, BoundsCalculator.Compute(instance).BreaksLowerBound);

        Assert.Equal(CpSolverStatus.Infeasible, Solve(instance, breaksCap: 0).Status);
    }

    [Fact]
    public void A_zero_break_probe_finds_a_valid_break_free_schedule_when_the_tables_allow_one()
    {
        var instance = SharedRun(copies: 1, tables: 2);

        var outcome = Solve(instance, breaksCap: 0);

        Assert.True(Found(outcome), outcome.Status.ToString());
        Assert.Equal(0, AssertComplete(instance, outcome.Slots!).Metrics.TotalBreaks);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void Participant_caps_put_the_only_break_on_the_participant_allowed_one(int breaker)
    {
        var instance = SharedRun(copies: 1, tables: 1);
        var caps = new int[instance.Participants.Count];
        caps[breaker] = 1;

        var outcome = Solve(instance, participantCaps: caps);

        Assert.True(Found(outcome), outcome.Status.ToString());
        AssertComplete(instance, outcome.Slots!);
        var expected = new int[instance.Participants.Count];
        expected[breaker] = 1;
        Assert.Equal(expected, BreakCounter.PerParticipant(instance, outcome.Slots!));
    }

    [Fact]
    public void Participant_caps_that_allow_a_break_only_to_someone_with_one_meeting_are_infeasible()
    {
        var instance = SharedRun(copies: 1, tables: 1);
        var caps = new int[instance.Participants.Count];
        caps[1] = 1;

        Assert.Equal(CpSolverStatus.Infeasible, Solve(instance, participantCaps: caps).Status);
    }

    [Fact]
    public void Two_hubs_that_both_need_the_slots_around_lunch_cannot_share_one_table_without_a_break()
    {
        var instance = AcrossLunch(tables: 1, wholeDay: true);
        Assert.Equal(0, BoundsCalculator.Compute(instance).BreaksLowerBound);

        Assert.Equal(CpSolverStatus.Infeasible, Solve(instance, breaksCap: 0).Status);
    }

    [Theory]
    [InlineData(2, true)]
    [InlineData(1, false)]
    public void Meetings_on_both_sides_of_lunch_fit_without_a_break_when_room_or_the_rules_allow(int tables, bool wholeDay)
    {
        var instance = AcrossLunch(tables, wholeDay);

        var outcome = Solve(instance, breaksCap: 0);

        Assert.True(Found(outcome), outcome.Status.ToString());
        Assert.Equal(0, AssertComplete(instance, outcome.Slots!).Metrics.TotalBreaks);
        if (wholeDay) Assert.Equal(new int?[] { 1, 2, 1, 2 }, outcome.Slots!);
    }
}
