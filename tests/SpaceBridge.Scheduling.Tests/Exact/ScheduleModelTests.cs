using Google.OrTools.Sat;
using SpaceBridge.Scheduling.Bounds;
using SpaceBridge.Scheduling.Exact;
using SpaceBridge.Scheduling.Model;
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

    /// <summary>
    /// Participants capped at one break get the order encoding of one span with at most one gap (ScheduleModel.AddOneGap):
    /// on small random forums, with random caps of 0 and 1, the model's optimum is the brute-force optimum over every
    /// assignment of slots, and it is infeasible exactly when no assignment keeps within the caps.
    /// </summary>
    [Fact]
    public void Capped_at_one_break_the_model_finds_the_brute_force_optimum_on_small_random_forums()
    {
        var random = new Random(17);
        int compared = 0, withOneBreak = 0, infeasible = 0;
        for (var trial = 0; trial < 60; trial++)
        {
            var instance = SmallForum(random, wholeDay: trial % 2 == 0);
            var caps = instance.Participants.Select(_ => random.Next(4) == 0 ? 0 : 1).ToArray();
            var best = BruteForceBreaks(instance, caps);
            var outcome = Solve(instance, participantCaps: caps, oneGapSpans: true);
            if (best is null)
            {
                Assert.Equal(CpSolverStatus.Infeasible, outcome.Status);
                infeasible++;
                continue;
            }
            Assert.Equal(CpSolverStatus.Optimal, outcome.Status);
            Assert.Equal(best.Value.Total, (int)Math.Round(outcome.Objective));
            var perParticipant = BreakCounter.PerParticipant(instance, outcome.Slots!);
            Assert.All(perParticipant.Zip(caps), pc => Assert.True(pc.First <= pc.Second));
            AssertComplete(instance, outcome.Slots!);
            compared++;
            if (best.Value.Total > 0) withOneBreak++;
        }
        // The comparison covers optima with breaks and forums the caps make infeasible, not only break-free ones.
        Assert.True(withOneBreak >= 5 && infeasible >= 3 && compared >= 20, $"{compared} compared, {withOneBreak} with breaks, {infeasible} infeasible");
    }

    /// <summary>Six slots (one morning, or a morning and an afternoon of three), five participants with random absences, six random meetings.</summary>
    private static Instance SmallForum(Random random, bool wholeDay)
    {
        var participants = Enumerable.Range(0, 5).Select(p => new Participant
        {
            Name = $"P{p}",
            ForbiddenSlots = Enumerable.Range(0, 6).Where(_ => random.Next(6) == 0).ToHashSet(),
        }).ToList();
        var meetings = new List<Meeting>();
        var pairs = new HashSet<(int, int)>();
        while (meetings.Count < 6)
        {
            var a = random.Next(5);
            var b = random.Next(5);
            if (a == b || !pairs.Add((Math.Min(a, b), Math.Max(a, b)))) continue;
            meetings.Add(new Meeting { Participants = [a, b] });
        }
        return new Instance
        {
            Name = "small",
            Blocks = wholeDay ? [new Block(0, DayPart.Morning, 0, 3), new Block(0, DayPart.Afternoon, 3, 3)] : [new Block(0, DayPart.Morning, 0, 6)],
            Participants = participants,
            Meetings = meetings,
            Locations = [.. Enumerable.Range(0, 1 + random.Next(2)).Select(t => new Location($"T{t}"))],
            Rules = Literature with { MaxBreakSpread = null },
        };
    }

    /// <summary>The fewest total breaks over every assignment of slots within the caps, or null when none keeps within them.</summary>
    private static (int Total, int[] Slots)? BruteForceBreaks(Instance instance, int[] caps)
    {
        var slots = new int?[instance.Meetings.Count];
        (int Total, int[] Slots)? best = null;
        void Place(int m)
        {
            if (m == slots.Length)
            {
                var breaks = BreakCounter.PerParticipant(instance, slots);
                if (breaks.Zip(caps).Any(bc => bc.First > bc.Second)) return;
                if (best is null || breaks.Sum() < best.Value.Total) best = (breaks.Sum(), slots.Select(s => s!.Value).ToArray());
                return;
            }
            var meeting = instance.Meetings[m];
            for (var s = 0; s < instance.SlotCount; s++)
            {
                if (meeting.Participants.Any(p => instance.Participants[p].ForbiddenSlots.Contains(s))) continue;
                var clash = Enumerable.Range(0, m).Any(o => slots[o] == s && instance.Meetings[o].Participants.Intersect(meeting.Participants).Any());
                if (clash || Enumerable.Range(0, m).Count(o => slots[o] == s) >= instance.Locations.Count) continue;
                slots[m] = s;
                Place(m + 1);
                slots[m] = null;
            }
        }
        Place(0);
        return best;
    }
}
