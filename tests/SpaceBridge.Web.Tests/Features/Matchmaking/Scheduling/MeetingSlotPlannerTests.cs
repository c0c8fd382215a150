using SpaceBridge.Web.Features.Matchmaking.Scheduling;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Tests.Features.Matchmaking.Scheduling;

public sealed class MeetingSlotPlannerTests
{
    private static readonly Event Seoul = new()
    {
        Id = 7,
        Slug = "ksf",
        TimeZoneId = "Asia/Seoul",
        StartDate = new DateOnly(2023, 11, 8),
        EndDate = new DateOnly(2023, 11, 9),
    };

    [Fact]
    public void Blocks_are_cut_into_slots_numbered_in_time_order_with_utc_times()
    {
        var slots = MeetingSlotPlanner.Plan(Seoul, 20,
        [
            new MeetingBlock(new DateOnly(2023, 11, 9), new TimeOnly(10, 0), new TimeOnly(11, 0)),
            new MeetingBlock(new DateOnly(2023, 11, 8), new TimeOnly(13, 30), new TimeOnly(14, 35)),
        ]);

        Assert.Equal(6, slots.Count);
        Assert.Equal([0, 1, 2, 3, 4, 5], slots.Select(s => s.Index));
        Assert.Equal([0, 0, 0, 1, 1, 1], slots.Select(s => s.BlockIndex));
        // 13:30 in Seoul (+09:00) is 04:30 UTC; the 5-minute tail of the first block is left unused.
        Assert.Equal(new DateTime(2023, 11, 8, 4, 30, 0, DateTimeKind.Utc), slots[0].StartsAtUtc);
        Assert.Equal(new DateTime(2023, 11, 8, 5, 30, 0, DateTimeKind.Utc), slots[2].EndsAtUtc);
        Assert.Equal(new DateTime(2023, 11, 9, 1, 0, 0, DateTimeKind.Utc), slots[3].StartsAtUtc);
        Assert.All(slots, s => Assert.Equal(7, s.EventId));
    }

    [Theory]
    [InlineData("2023-11-10", "10:00", "11:00", 20)]
    [InlineData("2023-11-08", "11:00", "10:00", 20)]
    [InlineData("2023-11-08", "10:00", "10:15", 20)]
    [InlineData("2023-11-08", "10:00", "11:00", 2)]
    public void Unusable_blocks_or_slot_lengths_are_refused(string day, string start, string end, int minutes)
    {
        var block = new MeetingBlock(DateOnly.Parse(day), TimeOnly.Parse(start), TimeOnly.Parse(end));
        Assert.Throws<DomainValidationException>(() => MeetingSlotPlanner.Plan(Seoul, minutes, [block]));
    }

    [Fact]
    public void Overlapping_blocks_on_one_day_are_refused()
    {
        var day = new DateOnly(2023, 11, 8);
        var ex = Assert.Throws<DomainValidationException>(() => MeetingSlotPlanner.Plan(Seoul, 20,
            [new MeetingBlock(day, new TimeOnly(10, 0), new TimeOnly(12, 0)), new MeetingBlock(day, new TimeOnly(11, 0), new TimeOnly(13, 0))]));
        Assert.Contains("Blocks", ex.Errors.Keys);
    }
}
