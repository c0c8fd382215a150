using SpaceBridge.Scheduling.Model;
using SpaceBridge.Scheduling.Solving;

namespace SpaceBridge.Scheduling.Exact;

/// <summary>
/// The <see cref="BreakMinimizingPipeline"/>'s last phase: large-neighbourhood search from the incumbent. Each step frees
/// the meetings around a few participants or in a window of slots (<see cref="LnsNeighbourhoods"/>), pins every other
/// meeting, caps total breaks at the incumbent's, hints it and re-optimizes with a short CP-SAT run. One thread per
/// worker, all sharing the incumbent.
/// </summary>
internal sealed class LargeNeighbourhoodSearch(Instance instance, SlotDomains domains, Incumbent incumbent)
{
    private static readonly TimeSpan StepLimit = TimeSpan.FromMilliseconds(500);
    private const string StepParameters = "linearization_level:0";
    private const int InitialSize = 40;

    private readonly LnsNeighbourhoods neighbourhoods = new(instance, domains);

    /// <summary>Searches until <paramref name="remaining"/> runs out or the incumbent meets <paramref name="lowerBound"/>.</summary>
    /// <param name="fraction">The elapsed fraction of the limit, for progress reports.</param>
    public void Run(int lowerBound, int workers, int seed, Func<TimeSpan> remaining, Func<double> fraction,
        IProgress<SolveProgress>? progress, CancellationToken cancellationToken)
    {
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, w =>
            Search(lowerBound, new Random(seed * 7919 + w), remaining, fraction, progress, cancellationToken));
    }

    private void Search(int lowerBound, Random random, Func<TimeSpan> remaining, Func<double> fraction,
        IProgress<SolveProgress>? progress, CancellationToken cancellationToken)
    {
        var size = InitialSize;
        while (!cancellationToken.IsCancellationRequested)
        {
            var (slots, breaks) = incumbent.Snapshot();
            if (breaks <= lowerBound) return;
            var limit = remaining() < StepLimit ? remaining() : StepLimit;
            if (limit < TimeSpan.FromMilliseconds(50)) return;
            var free = random.Next(2) == 0
                ? neighbourhoods.AroundParticipants(BreakCounter.PerParticipant(instance, slots), random, size)
                : neighbourhoods.TimeWindow(slots, random, size);
            var model = new ScheduleModel(instance, domains.FixAllBut(slots, free), breaks, breakSymmetry: false);
            model.Hint(slots);
            var outcome = CpSatRun.Execute(model, 1, random.Next(1, int.MaxValue), limit, StepParameters, null, cancellationToken);
            if (outcome.Slots is { } found && incumbent.Offer(found) is { } improved)
                progress?.Report(new SolveProgress(fraction(), 0, improved, "lns"));
            // Grow the neighbourhood while steps are solved completely, shrink it when they time out.
            size = outcome.Proven
                ? Math.Min(instance.Meetings.Count, size + size / 8 + 1)
                : Math.Max(10, size - size / 8 - 1);
        }
    }
}
