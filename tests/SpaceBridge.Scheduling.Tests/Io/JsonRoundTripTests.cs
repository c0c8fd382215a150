using System.Text;
using SpaceBridge.Scheduling.Io;
using SpaceBridge.Scheduling.Model;

namespace SpaceBridge.Scheduling.Tests.Io;

public class JsonRoundTripTests
{
    [Fact]
    public void An_instance_survives_a_json_round_trip()
    {
        var original = TinyInstances.Forum(
            new SchedulingRules { RequireAllMeetings = true, MaxBreakSpread = 2, BreaksSpanWholeDay = true },
            meeting: (m, x) => m switch
            {
                0 => x with { Weight = 3, Session = SessionRestriction.Afternoon },
                1 => x with { PinnedSlot = 2, PinnedLocation = 1 },
                2 => x with { Predecessors = [0, 1] },
                _ => x,
            },
            participant: (p, x) => p == 2 ? x with { ForbiddenSlots = new HashSet<int> { 5, 1 }, HomeLocation = 1 } : x)
            with { Locations = [new Location("T0"), new Location("Booth 7", LocationKind.Booth, 2)] };

        var copy = InstanceJson.Parse(Encoding.UTF8.GetBytes(InstanceJson.Serialize(original)), "copy.json");

        Assert.Equal(InstanceJson.Serialize(original), InstanceJson.Serialize(copy));
        Assert.Equal(original.Blocks, copy.Blocks);
        Assert.Equal(original.Locations, copy.Locations);
        Assert.Equal(original.Rules, copy.Rules);
        Assert.Equal([1, 5], copy.Participants[2].ForbiddenSlots.Order());
        Assert.Equal(1, copy.Participants[2].HomeLocation);
        Assert.Equal(3, copy.Meetings[0].Weight);
        Assert.Equal(SessionRestriction.Afternoon, copy.Meetings[0].Session);
        Assert.Equal((2, 1), (copy.Meetings[1].PinnedSlot!.Value, copy.Meetings[1].PinnedLocation!.Value));
        Assert.Equal([0, 1], copy.Meetings[2].Predecessors);
        Assert.Equal("m4", copy.Meetings[4].ExternalId);
    }

    [Fact]
    public void A_benchmark_instance_survives_a_json_round_trip()
    {
        var original = DznInstanceReader.Read(BenchData.UdgFile("tic-12.prec15.dzn"));
        var json = InstanceJson.Serialize(original);
        Assert.Equal(json, InstanceJson.Serialize(InstanceJson.Parse(Encoding.UTF8.GetBytes(json), "x.json")));
    }

    [Fact]
    public void A_solution_survives_a_json_round_trip()
    {
        var instance = TinyInstances.Forum();
        var solution = TinyInstances.Schedule((0, 0), (null, null), (2, 1), (3, 0), (7, 1)) is var s
            ? s with { Assignments = [.. s.Assignments.Select(a => a.IsScheduled ? a : a with { UnscheduledReason = "no common free slot" })] }
            : throw new InvalidOperationException();

        var copy = SolutionJson.Parse(Encoding.UTF8.GetBytes(SolutionJson.Serialize(solution, "tiny")), "s.json", instance);

        Assert.Equal(solution.Assignments, copy.Assignments);
    }

    [Fact]
    public void A_solution_naming_an_unknown_meeting_is_rejected_with_its_line()
    {
        const string text = """
            { "assignments": [
                { "meeting": 0, "slot": 1, "location": 0 },
                { "meeting": 12, "slot": 2, "location": 0 } ] }
            """;
        var e = Assert.Throws<InstanceFormatException>(() => SolutionJson.Parse(Encoding.UTF8.GetBytes(text), "s.json", TinyInstances.Forum()));
        Assert.Equal(3, e.Line);
        Assert.Contains("unknown meeting 12", e.Problem);
    }
}
