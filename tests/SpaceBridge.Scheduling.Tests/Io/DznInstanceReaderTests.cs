using SpaceBridge.Scheduling.Io;
using SpaceBridge.Scheduling.Model;

namespace SpaceBridge.Scheduling.Tests.Io;

public class DznInstanceReaderTests
{
    [Fact]
    public void A_benchmark_original_reads_into_the_literature_mode()
    {
        var instance = DznInstanceReader.Read(BenchData.UdgFile("forum-13.original.dzn"));

        Assert.Equal("forum-13.original", instance.Name);
        Assert.Equal(70, instance.Participants.Count);
        Assert.Equal(154, instance.Meetings.Count);
        Assert.Equal(14, instance.Locations.Count);
        Assert.All(instance.Locations, l => Assert.Equal(1, l.Capacity));
        Assert.Equal(21, instance.SlotCount);
        Assert.Equal([new Block(0, DayPart.Morning, 0, 13), new Block(0, DayPart.Afternoon, 13, 8)], instance.Blocks);
        Assert.True(instance.Rules.RequireAllMeetings);
        Assert.Equal(2, instance.Rules.MaxBreakSpread);
        Assert.True(instance.Rules.BreaksSpanWholeDay);
        Assert.All(instance.Meetings, m => Assert.Equal(2, m.Participants.Count));
        Assert.Contains(instance.Meetings, m => m.Session != SessionRestriction.Any);
    }

    [Fact]
    public void Forbidden_slots_pins_and_precedences_become_zero_based()
    {
        const string text = """
            nBusiness = 3; nMeetings = 3; nTables = 2; nTotalSlots = 4; nMorningSlots = 2;
            requested = [| 1, 2, 1 | 2, 3, 2 | 1, 3, 3 |];
            forbidden = [{0}, {4}, {}];
            fixed = [0, 3, 0];
            precedences = [{}, {}, {1, 2}];
            """;
        var instance = DznInstanceReader.Parse(text, "x.dzn");

        Assert.Empty(instance.Participants[0].ForbiddenSlots);
        Assert.Equal([3], instance.Participants[1].ForbiddenSlots);
        Assert.Equal([0, 1], instance.Meetings[0].Participants);
        Assert.Equal(SessionRestriction.Morning, instance.Meetings[0].Session);
        Assert.Equal(SessionRestriction.Afternoon, instance.Meetings[1].Session);
        Assert.Equal(SessionRestriction.Any, instance.Meetings[2].Session);
        Assert.Equal(2, instance.Meetings[1].PinnedSlot);
        Assert.Null(instance.Meetings[0].PinnedSlot);
        Assert.Equal([0, 1], instance.Meetings[2].Predecessors);
    }

    [Fact]
    public void Every_variant_of_the_benchmark_reads_without_error()
    {
        var files = Directory.GetFiles(BenchData.UdgDirectory, "*.dzn");
        Assert.Equal(140, files.Length);
        foreach (var file in files)
            Assert.NotEmpty(DznInstanceReader.Read(file).Meetings);
    }
}
