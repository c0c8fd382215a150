using SpaceBridge.Scheduling.Bounds;
using SpaceBridge.Scheduling.Locations;
using SpaceBridge.Scheduling.Model;
using SpaceBridge.Scheduling.Solving;

namespace SpaceBridge.Scheduling.Heuristics;

/// <summary>
/// Constructive + local-search solver. Each worker runs an independent search from its own seed
/// and the best result wins by a total order (weight, break cost, worker), so the same seed and
/// worker count give the same schedule whenever the searches finish inside the time limit.
/// </summary>
/// <param name="untilTimeLimit">
/// In the literature's mode, go on until the time limit while the gap to the break bound is open (the default). The
/// break-minimizing pipeline turns it off: its heuristic phase's limit is a cap, and the pipeline's next phases take
/// over from the first pass's schedule.
/// </param>
public sealed class HeuristicSolver(bool untilTimeLimit = true) : IMeetingSolver
{
    /// <summary>Part of the time limit kept for location assignment and building the result.</summary>
    private const double SearchShare = 0.8;

    public SolveResult Solve(Instance instance, SolveOptions options, CancellationToken cancellationToken = default)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var problem = new ProblemIndex(instance);
        // In the literature's mode (every meeting required) the gap is to a known bound: the search goes on while it is open,
        // and the first worker that closes it ends the others.
        var untilDeadline = untilTimeLimit && !options.Deterministic && instance.Rules.RequireAllMeetings;
        var breaksFloor = untilDeadline ? BreakLowerBound.Compute(new InstanceIndex(instance), Enumerable.Range(0, instance.Meetings.Count)) : 0;
        using var settled = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var deadline = new Deadline(options.TimeLimit * SearchShare, untilDeadline ? settled.Token : cancellationToken, wallClock: !options.Deterministic);
        var workers = options.EffectiveWorkers;
        var iterations = AnnealingIterations(problem, options.TimeLimit);
        var outcomes = new SearchOutcome[workers];
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, w =>
        {
            var report = w == 0 && options.Progress is { } progress
                ? (phase, state) => progress.Report(new SolveProgress(deadline.Fraction, state.Weight, state.TotalBreaks, phase))
                : (Action<string, ScheduleState>?)null;
            outcomes[w] = new HeuristicSearch(problem, w, WorkerSeed(options.Seed, w), deadline, report, untilDeadline, breaksFloor, settled.Cancel).Run(iterations);
        });
        var best = outcomes.OrderByDescending(o => o.Priority).ThenBy(o => o.Cost).ThenBy(o => o.Worker).First();
        var solution = BuildSolution(problem, best.Slots);
        options.Progress?.Report(new SolveProgress(1, best.Weight, best.TotalBreaks, "done"));
        return new SolveResult
        {
            Solution = solution,
            Solver = "heuristic",
            Elapsed = clock.Elapsed,
            ProvenOptimal = false,
        };
    }

    internal static Solution BuildSolution(ProblemIndex problem, int[] slots) =>
        BuildSolution(problem, slots, new LocationAssigner().Assign(problem, slots.Select(s => s >= 0 ? (int?)s : null).ToArray(), null));

    internal static Solution BuildSolution(ProblemIndex problem, int[] slots, IReadOnlyList<int?> locations)
    {
        var state = new ScheduleState(problem);
        state.LoadSlots(slots);
        var assignments = new Assignment[problem.MeetingCount];
        for (var m = 0; m < problem.MeetingCount; m++)
            assignments[m] = slots[m] >= 0
                ? new Assignment(m, slots[m], locations[m])
                : new Assignment(m, null, null, UnscheduledReasons.Explain(state, m));
        return new Solution { Assignments = assignments };
    }

    private static int WorkerSeed(int seed, int worker) => unchecked(seed * 7919 + worker * 104729 + 17);

    /// <summary>
    /// A fixed budget (not a time budget) keeps runs reproducible; it grows with the instance and
    /// with the time limit (sized so a loaded 2-core machine finishes well inside the limit), and
    /// the limit only cuts it short on slower machines.
    /// </summary>
    private static long AnnealingIterations(ProblemIndex problem, TimeSpan limit) =>
        Math.Min(Math.Clamp(problem.MeetingCount * 5_000L, 100_000L, 20_000_000L), (long)(limit.TotalSeconds * 150_000));
}
