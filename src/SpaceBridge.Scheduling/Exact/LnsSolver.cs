using System.Diagnostics;
using Google.OrTools.Sat;
using SpaceBridge.Scheduling.Bounds;
using SpaceBridge.Scheduling.Heuristics;
using SpaceBridge.Scheduling.Model;
using SpaceBridge.Scheduling.Solving;
using SpaceBridge.Scheduling.Validation;

namespace SpaceBridge.Scheduling.Exact;

/// <summary>
/// For the literature's mode, in three stages. (1) When no break is provably needed, a clause-learning
/// CP-SAT probe for a schedule without breaks (proven optimal when found). (2) The heuristic builds a
/// complete few-break schedule. (3) Large-neighbourhood search improves it: each step frees the meetings
/// around a few participants or in a window of slots, keeps every other meeting in place and re-optimizes
/// the rest with a short CP-SAT run capped at the incumbent's breaks and hinted with it; one search
/// thread per worker shares the incumbent. Proven optimal when the breaks meet the proven lower bound.
/// Without a complete valid heuristic schedule the rest of the time goes to <see cref="HybridSolver"/>.
/// </summary>
public sealed class LnsSolver(double probeShare = 0.25, double heuristicShare = 0.4) : IMeetingSolver
{
    private static readonly TimeSpan StepLimit = TimeSpan.FromMilliseconds(500);
    private const string StepParameters = "linearization_level:0";
    private const int InitialSize = 40;

    public SolveResult Solve(Instance instance, SolveOptions options, CancellationToken cancellationToken = default)
    {
        if (!instance.Rules.RequireAllMeetings) return new CpSatSolver().Solve(instance, options, cancellationToken);
        var clock = Stopwatch.StartNew();
        var lowerBound = BoundsCalculator.Compute(instance).BreaksLowerBound;
        var domains = new SlotDomains(instance);

        if (lowerBound == 0)
        {
            var probe = CpSatRun.Execute(new ScheduleModel(instance, domains, breaksCap: 0), options.Workers, options.Seed,
                options.TimeLimit * probeShare, HybridSolver.SatSearch + " stop_after_first_solution:true", null, cancellationToken);
            if (probe.Slots is { } zero && BreakCounter.PerParticipant(instance, zero).Sum() == 0)
                return Finish(instance, zero, 0, clock);
            if (probe.Status == CpSolverStatus.Infeasible) lowerBound = 1;
        }

        var heuristicLimit = options.TimeLimit * heuristicShare;
        var heuristic = new HeuristicSolver().Solve(instance, options with { TimeLimit = heuristicLimit, Progress = null }, cancellationToken);
        var report = ScheduleValidator.Validate(new InstanceIndex(instance), heuristic.Solution);
        if (!report.IsValid || report.Metrics.UnscheduledCount > 0)
        {
            var rest = options with { TimeLimit = options.TimeLimit - clock.Elapsed };
            return new HybridSolver().Solve(instance, rest, cancellationToken) with { Elapsed = clock.Elapsed };
        }

        var incumbent = new LnsIncumbent(instance, Slots(instance, heuristic.Solution));
        if (incumbent.Breaks > lowerBound)
        {
            var neighbourhoods = new LnsNeighbourhoods(instance, domains);
            var workers = Math.Max(1, options.Workers);
            Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, w =>
                Search(instance, domains, neighbourhoods, incumbent, lowerBound, new Random(options.Seed * 7919 + w),
                    () => options.TimeLimit - clock.Elapsed, options.Progress, cancellationToken));
        }
        var (slots, breaks) = incumbent.Snapshot();
        return Finish(instance, slots, lowerBound, clock, breaks);
    }

    private static SolveResult Finish(Instance instance, int?[] slots, int lowerBound, Stopwatch clock, int breaks = 0)
    {
        var status = breaks <= lowerBound ? CpSolverStatus.Optimal : CpSolverStatus.Feasible;
        return CpSatSolver.ToResult(instance, new CpSatOutcome(status, slots, breaks, lowerBound), "lns", clock.Elapsed);
    }

    private static void Search(
        Instance instance, SlotDomains domains, LnsNeighbourhoods neighbourhoods, LnsIncumbent incumbent, int lowerBound,
        Random random, Func<TimeSpan> remaining, IProgress<SolveProgress>? progress, CancellationToken cancellationToken)
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
                progress?.Report(new SolveProgress(0, 0, improved, "lns"));
            // Grow the neighbourhood while steps are solved completely, shrink it when they time out.
            size = outcome.Proven
                ? Math.Min(instance.Meetings.Count, size + size / 8 + 1)
                : Math.Max(10, size - size / 8 - 1);
        }
    }

    private static int?[] Slots(Instance instance, Solution solution)
    {
        var slots = new int?[instance.Meetings.Count];
        foreach (var a in solution.Assignments) slots[a.Meeting] = a.Slot;
        return slots;
    }
}
