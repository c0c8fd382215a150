using FsCheck.Xunit;
using SpaceBridge.Scheduling.Heuristics;
using SpaceBridge.Scheduling.Model;
using SpaceBridge.Scheduling.Repair;
using SpaceBridge.Scheduling.Solving;
using SpaceBridge.Scheduling.Tests.Heuristics;

namespace SpaceBridge.Scheduling.Tests.Repair;

public class ScheduleRepairerTests
{
    private static Solution Publish(Instance instance) =>
        new HeuristicSolver().Solve(instance, new SolveOptions { Workers = 1, TimeLimit = TimeSpan.FromSeconds(10) }).Solution;

    /// <summary>Cancels every tenth meeting and appends new requests between random participants.</summary>
    private static (Instance Next, int?[] Map) Change(Instance instance, int seed, int newRequests)
    {
        var random = new Random(seed);
        var map = new int?[instance.Meetings.Count];
        var meetings = new List<Meeting>();
        for (var m = 0; m < instance.Meetings.Count; m++)
        {
            if (m % 10 == seed % 10)
                continue;
            map[m] = meetings.Count;
            // Precedences point at old ids; drop them rather than renumber, they are not what repair is about.
            meetings.Add(instance.Meetings[m] with { Predecessors = [] });
        }
        for (var i = 0; i < newRequests; i++)
        {
            var a = random.Next(instance.Participants.Count);
            var b = (a + 1 + random.Next(instance.Participants.Count - 1)) % instance.Participants.Count;
            meetings.Add(new Meeting { Participants = [a, b], Weight = 2 });
        }
        return (instance with { Meetings = meetings }, map);
    }

    [Property(MaxTest = 25)]
    public void Unaffected_meetings_stay_where_they_were_unless_a_move_is_reported(int seed)
    {
        var instance = RandomForums.Small(seed) with { Meetings = [.. RandomForums.Small(seed).Meetings.Select(m => m with { Predecessors = [] })] };
        if (instance.Participants.Count < 2)
            return;
        var published = Publish(instance);
        var (next, map) = Change(instance, seed, 3);
        var result = new ScheduleRepairer().Repair(next, published, map);

        ScheduleChecks.AssertValid(next, result.Solution);
        foreach (var before in published.Assignments.Where(a => a.IsScheduled && map[a.Meeting] is not null))
        {
            var id = map[before.Meeting]!.Value;
            var after = result.Solution.Assignments[id];
            var reported = result.Moves.Any(move => move.Meeting == id);
            Assert.True(reported || (after.Slot == before.Slot && after.Location == before.Location), $"meeting {id} moved silently");
        }
        Assert.True(result.UnaffectedMoved <= Math.Floor(result.Unaffected * 0.02) + result.Moves.Count(m => m.Reason == "table reassigned"));
    }

    [Fact]
    public void Cancelled_meetings_are_reported_and_their_room_goes_to_a_new_request()
    {
        // One slot, one table: (P0,P1) holds it; after cancelling it, the new (P2,P3) takes it.
        var instance = new Instance
        {
            Blocks = [new Block(0, DayPart.Morning, 0, 1)],
            Participants = [.. Enumerable.Range(0, 4).Select(p => new Participant { Name = $"P{p}" })],
            Meetings = [new Meeting { Participants = [0, 1] }],
            Locations = [new Location("T0")],
        };
        var published = Publish(instance);
        var next = instance with { Meetings = [new Meeting { Participants = [2, 3] }] };
        var result = new ScheduleRepairer().Repair(next, published, [null]);

        Assert.Contains(new MeetingMove(null, 0, 0, 0, null, null, "cancelled"), result.Moves);
        Assert.Contains(new MeetingMove(0, null, null, null, 0, 0, "new request"), result.Moves);
    }

    [Fact]
    public void A_participant_who_becomes_unavailable_has_that_meeting_moved_and_nothing_else()
    {
        var instance = RandomForums.Build(new RandomForums.Shape(30, 60, 1, 6, 10, PrecedenceShare: 0), 4);
        var published = Publish(instance);
        var victim = published.Assignments.First(a => a.IsScheduled);
        var participant = instance.Meetings[victim.Meeting].Participants[0];
        var participants = instance.Participants.ToArray();
        participants[participant] = participants[participant] with
        {
            ForbiddenSlots = new HashSet<int>(participants[participant].ForbiddenSlots) { victim.Slot!.Value },
        };
        var next = instance with { Participants = participants };
        var identity = Enumerable.Range(0, instance.Meetings.Count).Select(m => (int?)m).ToArray();

        var result = new ScheduleRepairer().Repair(next, published, identity);

        ScheduleChecks.AssertValid(next, result.Solution);
        Assert.NotEqual(victim.Slot, result.Solution.Assignments[victim.Meeting].Slot);
        var move = Assert.Single(result.Moves, m => m.Meeting == victim.Meeting);
        Assert.Contains("no longer available", move.Reason);
        Assert.Equal(1, result.Affected);
        Assert.Equal(0, result.UnaffectedMoved);
    }
}
