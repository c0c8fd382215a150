using SpaceBridge.Scheduling.Exact;
using static SpaceBridge.Scheduling.Tests.Exact.ContestedForums;

namespace SpaceBridge.Scheduling.Tests.Exact;

public class BreakerSearchTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan ProbeLimit = TimeSpan.FromSeconds(0.5);

    /// <summary>Per copy of <see cref="SharedRun"/>: both hubs take a break (slots 1,4 and 3,5 of the copy's day).</summary>
    private static int?[] BothHubsBreak(int copies) =>
        [.. Enumerable.Range(0, copies).SelectMany(c => new int?[] { 6 * c + 1, 6 * c + 4, 6 * c + 3, 6 * c + 5 })];

    [Fact]
    public void A_two_break_incumbent_is_improved_to_the_one_break_optimum()
    {
        var instance = SharedRun(copies: 1, tables: 1);
        var start = BothHubsBreak(1);
        Assert.Equal(2, AssertComplete(instance, start).Metrics.TotalBreaks);
        var incumbent = new Incumbent(instance, start);

        var bound = new BreakerSearch(instance, new SlotDomains(instance), incumbent, [])
            .Run(lowerBound: 1, Budget, ProbeLimit, workers: 1, seed: 1, CancellationToken.None);

        var (slots, breaks) = incumbent.Snapshot();
        Assert.Equal(1, breaks);
        Assert.Equal(1, AssertComplete(instance, slots).Metrics.TotalBreaks);
        Assert.Equal(1, bound);
    }

    [Fact]
    public void The_bound_rises_to_two_when_no_participant_alone_can_take_the_only_break()
    {
        // Each day needs one break of its own, so every one-break probe is refuted.
        var instance = SharedRun(copies: 2, tables: 1);
        var incumbent = new Incumbent(instance, BothHubsBreak(2));
        Assert.Equal(4, incumbent.Breaks);

        var bound = new BreakerSearch(instance, new SlotDomains(instance), incumbent, [])
            .Run(lowerBound: 1, Budget, ProbeLimit, workers: 1, seed: 1, CancellationToken.None);

        Assert.Equal(2, bound);
        var (slots, breaks) = incumbent.Snapshot();
        Assert.Equal(2, breaks);
        Assert.Equal(2, AssertComplete(instance, slots).Metrics.TotalBreaks);
    }
}
