using SpaceBridge.Scheduling.Exact;
using static SpaceBridge.Scheduling.Tests.Exact.ContestedForums;

namespace SpaceBridge.Scheduling.Tests.Exact;

public class BreakBoundsTests
{
    [Fact]
    public void The_lower_bound_only_rises()
    {
        var bounds = new BreakBounds(2);

        bounds.Raise(1);
        Assert.Equal(2, bounds.Lower);
        bounds.Raise(4);
        Assert.Equal(4, bounds.Lower);
    }

    [Fact]
    public void Raises_from_many_threads_keep_the_highest()
    {
        var bounds = new BreakBounds(0);

        Parallel.For(0, 10_000, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => bounds.Raise(i % 997));

        Assert.Equal(996, bounds.Lower);
    }

    [Fact]
    public void It_is_settled_once_the_incumbent_meets_the_lower_bound()
    {
        var instance = SharedRun(copies: 1, tables: 1);
        var bounds = new BreakBounds(1);
        Assert.False(bounds.Settled);

        // Both hubs take a break: slots 1,4 and 3,5.
        var incumbent = bounds.Adopt(instance, [1, 4, 3, 5]);
        Assert.Same(incumbent, bounds.Incumbent);
        Assert.Equal(2, incumbent.Breaks);
        Assert.False(bounds.Settled);

        bounds.Raise(2);
        Assert.True(bounds.Settled);
    }
}
