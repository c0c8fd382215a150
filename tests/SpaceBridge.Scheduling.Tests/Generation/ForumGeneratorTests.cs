using SpaceBridge.Scheduling.Bounds;
using SpaceBridge.Scheduling.Generation;
using SpaceBridge.Scheduling.Io;
using SpaceBridge.Scheduling.Model;

namespace SpaceBridge.Scheduling.Tests.Generation;

public class ForumGeneratorTests
{
    private static readonly ForumOptions Small = new() { Participants = 300, Meetings = 3000, Days = 2, SlotsPerBlock = 6, Tables = 40, Seed = 7 };

    [Fact]
    public void The_same_seed_gives_the_same_forum()
    {
        Assert.Equal(InstanceJson.Serialize(ForumGenerator.Generate(Small)), InstanceJson.Serialize(ForumGenerator.Generate(Small)));
    }

    [Fact]
    public void Another_seed_gives_another_forum()
    {
        Assert.NotEqual(InstanceJson.Serialize(ForumGenerator.Generate(Small)),
            InstanceJson.Serialize(ForumGenerator.Generate(Small with { Seed = 8 })));
    }

    [Fact]
    public void A_forum_has_the_requested_size_and_a_realistic_structure()
    {
        var forum = ForumGenerator.Generate(Small);

        Assert.Equal(300, forum.Participants.Count);
        Assert.Equal(3000, forum.Meetings.Count);
        Assert.Equal(24, forum.SlotCount);
        Assert.Equal(4, forum.Blocks.Count);
        Assert.Equal(40, forum.Locations.Count(l => l.Kind == LocationKind.Table));
        var exhibitors = forum.Participants.Where(p => p.HomeLocation is not null).ToList();
        Assert.NotEmpty(exhibitors);
        Assert.All(exhibitors, p => Assert.Equal(LocationKind.Booth, forum.Locations[p.HomeLocation!.Value].Kind));
        var halfDay = forum.Participants.Count(p => p.ForbiddenSlots.Count >= 12);
        Assert.InRange(halfDay, 10, 60);
        Assert.Equal(forum.Meetings.Count, forum.Meetings.Select(m => (m.Participants.Min(), m.Participants.Max())).Distinct().Count());
        var requestsPerParticipant = forum.Meetings.SelectMany(m => m.Participants).CountBy(p => p).Select(g => g.Value).ToList();
        Assert.True(requestsPerParticipant.Max() > forum.SlotCount, "the most popular participant should be over-subscribed");
    }

    [Fact]
    public void The_large_default_forum_asks_for_about_thirty_percent_more_meetings_than_can_fit()
    {
        var forum = ForumGenerator.Generate(new ForumOptions());
        Assert.Equal((3000, 30000, 400), (forum.Participants.Count, forum.Meetings.Count, forum.Locations.Count(l => l.Kind == LocationKind.Table)));
        var unit = forum with { Meetings = [.. forum.Meetings.Select(m => m with { Weight = 1 })] };
        var fit = BoundsCalculator.Compute(unit).WeightUpperBound;
        Assert.InRange((double)forum.Meetings.Count / fit, 1.2, 1.4);
    }
}
