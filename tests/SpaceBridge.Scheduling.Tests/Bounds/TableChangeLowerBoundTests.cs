using SpaceBridge.Scheduling.Bounds;
using SpaceBridge.Scheduling.Generation;
using SpaceBridge.Scheduling.Model;
using SpaceBridge.Scheduling.Solving;

namespace SpaceBridge.Scheduling.Tests.Bounds;

/// <summary>Table changes: reported per participant and in total, never below their lower bound; exhibitors stay at their booths.</summary>
public class TableChangeLowerBoundTests
{
    /// <summary>A small forum with exhibitors at booths, half-day participants and more requests than fit.</summary>
    private static Instance SmallForum(int seed) => ForumGenerator.Generate(new ForumOptions
    {
        Participants = 40, Meetings = 160, Days = 1, SlotsPerBlock = 4, Tables = 6, Seed = seed, ExhibitorShare = 0.25,
    });

    public static TheoryData<SolverKind, int> Cases()
    {
        var data = new TheoryData<SolverKind, int>();
        foreach (var kind in SolverCatalog.Available)
            foreach (var seed in new[] { 1, 2 })
                data.Add(kind, seed);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reported_changes_are_never_below_the_bound_and_exhibitors_meet_at_their_booths(SolverKind kind, int seed)
    {
        var instance = SmallForum(seed);

        var report = MeetingScheduler.Solve(instance, new SolveOptions { Kind = kind, Seed = seed, TimeLimit = TimeSpan.FromSeconds(2), Workers = 1 });

        Assert.True(report.IsValid, string.Join("; ", report.Validation.Violations));
        var bound = report.TableChangesLowerBound;
        Assert.InRange(bound.Total, 0, report.Metrics.TotalLocationChanges);
        // Not vacuous: with the slots filled, visitors going from booth to booth must move.
        if (kind == SolverKind.Heuristic) Assert.True(bound.Total > 0);
        for (var p = 0; p < instance.Participants.Count; p++)
            Assert.InRange(bound.PerParticipant[p], 0, report.Metrics.LocationChangesPerParticipant[p]);
        Assert.Equal(report.Metrics.TotalLocationChanges, report.Metrics.LocationChangesPerParticipant.Sum());
        // Breaks in product mode: each participant's, never below its own bound for the scheduled set.
        Assert.Equal(instance.Participants.Count, report.BreaksLowerBoundPerParticipant.Count);
        for (var p = 0; p < instance.Participants.Count; p++)
            Assert.InRange(report.BreaksLowerBoundPerParticipant[p], 0, report.Metrics.BreaksPerParticipant[p]);
        Assert.Equal(report.Bounds.BreaksLowerBound, report.BreaksLowerBoundPerParticipant.Sum());
        foreach (var a in report.Result.Solution.Assignments.Where(a => a.IsScheduled))
        {
            var homes = instance.Meetings[a.Meeting].Participants.Select(p => instance.Participants[p].HomeLocation).OfType<int>().ToList();
            if (homes.Count > 0) Assert.Contains(a.Location!.Value, homes);
        }
    }

    [Fact]
    public void A_visitor_going_from_one_booth_to_another_must_change()
    {
        // Participant 0 visits exhibitor 1 (booth 1) in slot 0 and exhibitor 2 (booth 2) in slot 1; 3 and 4 meet at table 0
        // in slots 0 and 1, then 3 meets 5 in slot 2 while 4's previous meeting was the same one: no change forced there.
        var instance = new Instance
        {
            Name = "booths",
            Blocks = [new Block(0, DayPart.Morning, 0, 3)],
            Participants =
            [
                new Participant { Name = "Visitor" }, new Participant { Name = "Ex1", HomeLocation = 1 }, new Participant { Name = "Ex2", HomeLocation = 2 },
                new Participant { Name = "A" }, new Participant { Name = "B" }, new Participant { Name = "C" },
            ],
            Meetings =
            [
                new Meeting { Participants = [0, 1] }, new Meeting { Participants = [0, 2] },
                new Meeting { Participants = [3, 4] }, new Meeting { Participants = [3, 5] }, new Meeting { Participants = [4, 5] },
            ],
            Locations = [new Location("T0"), new Location("Booth 1", LocationKind.Booth), new Location("Booth 2", LocationKind.Booth)],
        };

        var bound = TableChangeLowerBound.Compute(instance, [0, 1, 0, 1, 2]);

        Assert.Equal([1, 0, 0, 0, 0, 0], bound.PerParticipant);
        // Meeting 4 (4 and 5) follows 4's meeting in slot 0 and 5's in slot 1: not forced. Total: the visitor's one change.
        Assert.Equal(1, bound.Total);

        // Now the visitor meets 5 between the booths, at a table (free), and 4 and 5 meet last, each coming from a different
        // meeting of slot 1: one of them must move, though which one is open; the visitor's moves are not forced any more.
        var sameSlot = TableChangeLowerBound.Compute(instance with { Meetings = [.. instance.Meetings.Take(3), new Meeting { Participants = [0, 5] }, new Meeting { Participants = [4, 5] }] },
            [0, 2, 1, 1, 2]);
        Assert.Equal(1, sameSlot.Total);
        Assert.All(sameSlot.PerParticipant, p => Assert.Equal(0, p));
    }

    [Fact]
    public void Two_participants_leaving_one_meeting_for_two_meetings_of_one_slot_cannot_both_stay()
    {
        // 0 and 1 meet in slot 0; in slot 1 0 meets 2 and 1 meets 3, at two tables: one of 0 and 1 must move.
        var instance = new Instance
        {
            Name = "split",
            Blocks = [new Block(0, DayPart.Morning, 0, 2)],
            Participants = [.. Enumerable.Range(0, 4).Select(p => new Participant { Name = $"P{p}" })],
            Meetings = [new Meeting { Participants = [0, 1] }, new Meeting { Participants = [0, 2] }, new Meeting { Participants = [1, 3] }],
            Locations = [new Location("T0"), new Location("T1")],
        };
        int?[] slots = [0, 1, 1];

        var bound = TableChangeLowerBound.Compute(instance, slots);

        Assert.Equal(1, bound.Total);
        Assert.Equal(1, Tests.Locations.Seatings.BruteForceFewestChanges(instance, slots));
        // With a table for two meetings at once both can stay: nothing is forced.
        Assert.Equal(0, TableChangeLowerBound.Compute(instance with { Locations = [new Location("Lounge", Capacity: 2)] }, slots).Total);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_bound_is_never_above_the_fewest_changes_any_assignment_reaches(bool tablesFirst)
    {
        var tight = 0;
        const int seeds = 300;
        for (var seed = 0; seed < seeds; seed++)
        {
            var (instance, slots) = Tests.Locations.Seatings.Create(seed, maxMeetings: 7);
            var bound = TableChangeLowerBound.Compute(instance, slots, tablesFirst);
            // Tables first: over the assignments that seat free meetings at tables when their slot has one for each.
            var optimum = Tests.Locations.Seatings.BruteForceFewestChanges(instance, slots, freeAtBooths: !tablesFirst);
            Assert.True(bound.Total <= optimum, $"seed {seed}: bound {bound.Total} above the optimum {optimum}");
            for (var p = 0; p < instance.Participants.Count; p++)
                Assert.True(bound.PerParticipant[p] <= optimum, $"seed {seed}, participant {p}");
            if (bound.Total == optimum) tight++;
        }
        // Not vacuous: on most of these small schedules the bound is the optimum.
        Assert.True(tight >= seeds / 2, $"tight on {tight} of {seeds}");
    }

    [Fact]
    public void The_assignment_never_beats_the_bound_in_total_or_per_participant()
    {
        var positive = 0;
        for (var seed = 0; seed < 300; seed++)
        {
            var (instance, slots) = Tests.Locations.Seatings.Create(seed, maxMeetings: 40, maxParticipants: 16);
            var locations = new SpaceBridge.Scheduling.Locations.LocationAssigner().Assign(instance, slots);
            var metrics = Tests.Locations.Seatings.Metrics(instance, slots, locations);
            var bound = TableChangeLowerBound.Compute(instance, slots);
            Assert.True(bound.Total <= metrics.TotalLocationChanges, $"seed {seed}: {metrics.TotalLocationChanges} changes beat the bound {bound.Total}");
            for (var p = 0; p < instance.Participants.Count; p++)
                Assert.True(bound.PerParticipant[p] <= metrics.LocationChangesPerParticipant[p], $"seed {seed}, participant {p}");
            if (bound.Total > 0) positive++;
        }
        Assert.True(positive > 100, $"the bound was positive on {positive} schedules only");
    }
}
