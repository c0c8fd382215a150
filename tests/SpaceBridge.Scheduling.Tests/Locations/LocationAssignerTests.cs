using SpaceBridge.Scheduling.Locations;
using SpaceBridge.Scheduling.Model;

namespace SpaceBridge.Scheduling.Tests.Locations;

public class LocationAssignerTests
{
    // Tables T0, T1, T2 and booth B3 of exhibitor P0. Slots 0-3 in one block.
    private static Instance Forum(params (int A, int B)[] pairs) => new()
    {
        Blocks = [new Block(0, DayPart.Morning, 0, 4)],
        Participants = [.. Enumerable.Range(0, 8).Select(p => new Participant { Name = $"P{p}", HomeLocation = p == 0 ? 3 : null })],
        Meetings = [.. pairs.Select(p => new Meeting { Participants = [p.A, p.B] })],
        Locations = [new Location("T0"), new Location("T1"), new Location("T2"), new Location("B3", LocationKind.Booth)],
    };

    private static int Changes(Instance instance, IReadOnlyList<int?> slots, IReadOnlyList<int?> locations, int participant)
    {
        var sequence = Enumerable.Range(0, instance.Meetings.Count)
            .Where(m => instance.Meetings[m].Participants.Contains(participant) && slots[m] is not null)
            .OrderBy(m => slots[m]).Select(m => locations[m]).ToList();
        return sequence.Zip(sequence.Skip(1)).Count(p => p.First != p.Second);
    }

    [Fact]
    public void Exhibitors_stay_at_their_booth_and_visitors_keep_their_table()
    {
        // P1 meets P2, P3, P4, P5 in slots 0-3 and never needs to move; P0 receives P2, P3 and P4 at the booth.
        var instance = Forum((1, 2), (1, 3), (1, 4), (1, 5), (0, 3), (0, 2), (0, 5), (4, 5));
        int?[] slots = [0, 1, 2, 3, 0, 1, 2, 0];
        var locations = new LocationAssigner().Assign(instance, slots);

        Assert.Equal(3, locations[4]);
        Assert.Equal(3, locations[5]);
        Assert.Equal(3, locations[6]);
        Assert.Equal(0, Changes(instance, slots, locations, 1));
        Assert.Equal(Enumerable.Range(0, 4).Select(_ => locations[0]), locations.Take(4));
        Assert.NotEqual(3, locations[0]);
    }

    [Fact]
    public void A_participant_with_a_table_keeps_it_when_their_partner_moves_on()
    {
        // P4 and P5 meet in slot 0; then P5 meets P3 in slot 1: P5 should stay at the same table.
        var instance = Forum((4, 5), (5, 3), (1, 2), (2, 4));
        int?[] slots = [0, 1, 0, 1];
        var locations = new LocationAssigner().Assign(instance, slots);

        Assert.Equal(locations[0], locations[1]);
        Assert.Equal(locations[2], locations[3]);
        Assert.NotEqual(locations[0], locations[2]);
    }

    [Fact]
    public void Capacity_and_pins_hold_and_kept_tables_are_reused()
    {
        var instance = Forum() with
        {
            Meetings = [new Meeting { Participants = [1, 2], PinnedLocation = 2 }, new Meeting { Participants = [3, 4] }, new Meeting { Participants = [5, 6] }],
        };
        int?[] slots = [0, 0, 0];
        var locations = new LocationAssigner().Assign(instance, slots, keep: [null, 1, null]);

        Assert.Equal(2, locations[0]);
        Assert.Equal(1, locations[1]);
        Assert.Equal(0, locations[2]);
    }

    [Fact]
    public void Unscheduled_meetings_get_no_location()
    {
        var instance = Forum((1, 2));
        Assert.Null(new LocationAssigner().Assign(instance, [null])[0]);
    }
}
