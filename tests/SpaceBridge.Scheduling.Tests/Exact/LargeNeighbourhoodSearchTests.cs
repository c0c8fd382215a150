using SpaceBridge.Scheduling.Exact;
using SpaceBridge.Scheduling.Solving;
using static SpaceBridge.Scheduling.Tests.Exact.ContestedForums;

namespace SpaceBridge.Scheduling.Tests.Exact;

public class LargeNeighbourhoodSearchTests
{
    [Fact]
    public void A_two_break_incumbent_is_improved_to_the_one_break_optimum_and_the_search_stops_there()
    {
        var instance = SharedRun(copies: 1, tables: 1);
        // Both hubs take a break: slots 1,4 and 3,5.
        var incumbent = new Incumbent(instance, [1, 4, 3, 5]);
        Assert.Equal(2, incumbent.Breaks);
        var progress = new List<SolveProgress>();
        var end = DateTime.UtcNow + TimeSpan.FromSeconds(5);

        new LargeNeighbourhoodSearch(instance, new SlotDomains(instance), incumbent).Run(
            lowerBound: 1, workers: 1, seed: 1, remaining: () => end - DateTime.UtcNow, fraction: () => 0.5,
            new SynchronousProgress(progress.Add), CancellationToken.None);

        var (slots, breaks) = incumbent.Snapshot();
        Assert.Equal(1, breaks);
        Assert.Equal(1, AssertComplete(instance, slots).Metrics.TotalBreaks);
        Assert.Equal(new SolveProgress(0.5, 0, 1, "lns"), Assert.Single(progress));
    }

    [Fact]
    public void Fixing_all_but_some_meetings_pins_the_others_to_their_slots()
    {
        var instance = TinyInstances.Forum(Literature);
        var domains = new SlotDomains(instance);
        int?[] slots = [0, 1, 2, 3, 4];

        var fixedDomains = domains.FixAllBut(slots, [false, true, false, true, false]);

        Assert.Equal([0], fixedDomains.AllowedSlots[0]);
        Assert.Equal(domains.AllowedSlots[1], fixedDomains.AllowedSlots[1]);
        Assert.Equal([4], fixedDomains.AllowedSlots[4]);
    }

    [Fact]
    public void A_time_window_frees_exactly_the_meetings_held_in_a_run_of_slots()
    {
        var instance = TinyInstances.Forum(Literature);
        int?[] slots = [0, 1, 2, 5, 7];
        var neighbourhoods = new LnsNeighbourhoods(instance, new SlotDomains(instance));

        for (var seed = 0; seed < 20; seed++)
        {
            var free = neighbourhoods.TimeWindow(slots, new Random(seed), size: 2);
            var freed = Enumerable.Range(0, 5).Where(m => free[m]).Select(m => slots[m]!.Value).ToList();
            Assert.NotEmpty(freed);
            var (low, high) = (freed.Min(), freed.Max());
            Assert.All(Enumerable.Range(0, 5), m => Assert.Equal(slots[m] >= low && slots[m] <= high, free[m]));
        }
    }

    [Fact]
    public void A_participant_neighbourhood_frees_every_meeting_of_a_participant_with_breaks()
    {
        var instance = TinyInstances.Forum(Literature);
        var neighbourhoods = new LnsNeighbourhoods(instance, new SlotDomains(instance));
        int[] breaks = [0, 0, 0, 1];

        var free = neighbourhoods.AroundParticipants(breaks, new Random(1), size: 1);

        Assert.True(free[3] && free[4]); // the meetings of participant 3
    }

    private sealed class SynchronousProgress(Action<SolveProgress> report) : IProgress<SolveProgress>
    {
        public void Report(SolveProgress value) => report(value);
    }
}
