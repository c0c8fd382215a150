using SpaceBridge.Scheduling.Exact;
using SpaceBridge.Scheduling.Model;
using static SpaceBridge.Scheduling.Tests.Exact.ContestedForums;

namespace SpaceBridge.Scheduling.Tests.Exact;

public class ContiguousRunsTests
{
    /// <summary>
    /// Morning slots 0-2, afternoon slots 3-5. Participant 0 meets 1 and 2 in the morning only and 3 in the afternoon
    /// only; participant 4 meets 1 and 2 anywhere but is away in slot 4.
    /// </summary>
    private static Instance TwoMorningsOneAfternoon() => new()
    {
        Blocks = [new Block(0, DayPart.Morning, 0, 3), new Block(0, DayPart.Afternoon, 3, 3)],
        Participants =
        [
            .. Enumerable.Range(0, 4).Select(p => new Participant { Name = $"P{p}" }),
            new Participant { Name = "P4", ForbiddenSlots = new HashSet<int> { 4 } },
        ],
        Meetings =
        [
            new Meeting { Participants = [0, 1], Session = SessionRestriction.Morning },
            new Meeting { Participants = [0, 2], Session = SessionRestriction.Morning },
            new Meeting { Participants = [0, 3], Session = SessionRestriction.Afternoon },
            new Meeting { Participants = [4, 1] },
            new Meeting { Participants = [4, 2] },
        ],
        Locations = [new Location("T0")],
        Rules = Literature,
    };

    [Theory]
    [InlineData(0, false)] // slots 0-2: no slot for the afternoon meeting
    [InlineData(1, true)] // slots 1-2 for the two morning meetings, 3 for the afternoon one
    [InlineData(2, false)] // slots 2-4: one morning slot for two morning-only meetings
    [InlineData(3, false)] // slots 3-5: no slot for the morning meetings
    [InlineData(4, false)] // slots 4-6: past the last slot
    public void A_run_holds_a_participants_meetings_only_if_every_meeting_and_every_block_fits(int first, bool holds)
    {
        var domains = new SlotDomains(TwoMorningsOneAfternoon());

        Assert.Equal(holds, ContiguousRuns.CanHold(domains, 0, first, 3));
    }

    [Fact]
    public void A_run_through_a_slot_none_of_the_meetings_may_take_is_rejected()
    {
        // Both of participant 4's meetings may take slot 3, but neither slot 4.
        var domains = new SlotDomains(TwoMorningsOneAfternoon());

        Assert.True(ContiguousRuns.CanHold(domains, 4, 2, 2));
        Assert.False(ContiguousRuns.CanHold(domains, 4, 3, 2));
    }

    [Fact]
    public void A_break_free_participant_with_morning_only_and_afternoon_only_meetings_covers_both_sides_of_lunch()
    {
        // Participant 0 meets 1 in the morning only, 2 in the afternoon only and 3 anywhere: runs 2-4 and 3-5 fit.
        var instance = LunchForums.TinySpanning(tables: 2);
        var domains = new SlotDomains(instance);
        var window = Assert.Single(BreakWindow.Of(instance));

        var covered = ContiguousRuns.Covered(domains, 0, window);

        Assert.Equal([3, 4], covered);
    }

    [Fact]
    public void Across_lunch_the_covered_slots_are_the_last_morning_and_the_first_afternoon_slot()
    {
        var instance = AcrossLunch(tables: 1, wholeDay: true);
        var domains = new SlotDomains(instance);

        Assert.Equal([1, 2], ContiguousRuns.Covered(domains, 0, Assert.Single(BreakWindow.Of(instance))));
        Assert.Equal([1, 2], ContiguousRuns.Covered(domains, 3, Assert.Single(BreakWindow.Of(instance))));
    }

    [Fact]
    public void No_slots_are_covered_when_no_run_holds_the_meetings()
    {
        var instance = ForcedBreak(Literature);

        Assert.Null(ContiguousRuns.Covered(new SlotDomains(instance), 0, Assert.Single(BreakWindow.Of(instance))));
    }

    [Fact]
    public void Only_participants_with_morning_only_and_afternoon_only_meetings_span_both_blocks()
    {
        var lunch = new SlotDomains(AcrossLunch(tables: 1, wholeDay: true));
        Assert.Equal([0, 3], Enumerable.Range(0, 6).Where(p => ContiguousRuns.SpansBlocks(lunch, p)));

        var singleBlock = new SlotDomains(SharedRun(copies: 1, tables: 1));
        Assert.All(Enumerable.Range(0, 6), p => Assert.False(ContiguousRuns.SpansBlocks(singleBlock, p)));

        var anywhere = new SlotDomains(TinyInstances.Forum(Literature));
        Assert.All(Enumerable.Range(0, 4), p => Assert.False(ContiguousRuns.SpansBlocks(anywhere, p)));
    }
}
