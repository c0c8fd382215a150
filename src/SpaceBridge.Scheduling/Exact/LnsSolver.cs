using System.Diagnostics;
using Google.OrTools.Sat;
using SpaceBridge.Scheduling.Bounds;
using SpaceBridge.Scheduling.Heuristics;
using SpaceBridge.Scheduling.Model;
using SpaceBridge.Scheduling.Solving;
using SpaceBridge.Scheduling.Validation;

namespace SpaceBridge.Scheduling.Exact;

/// <summary>
/// For the literature's mode (docs/decisions/002-scheduler-design.md). (1) When no break is provably needed, a
/// clause-learning CP-SAT probe for a schedule without breaks (proven optimal when found). (2) Two searches side by
/// side: core-guided CP-SAT with breaks allowed only at participants spanning both blocks (the whole model when
/// nobody spans); and the relaxation of <see cref="BreakerRelaxation"/> (a proven bound, likely breakers), the
/// heuristic and the <see cref="BreakerSearch"/> from its schedule, with a second restricted search (another seed and
/// setting) in between when participants span. (3) Core-guided CP-SAT on the whole model, capped at and hinted with
/// the incumbent, for a proof. (4) Large-neighbourhood search with the time left, if any: each step frees the meetings
/// around a few participants or in a window of slots and re-optimizes them with a short CP-SAT run.
/// Proven optimal when the breaks meet the proven lower bound. Without a complete schedule from the heuristic or the
/// restricted search the rest of the time goes to <see cref="HybridSolver"/>.
/// </summary>
public sealed class LnsSolver(double probeShare = 0.25, double heuristicShare = 0.1, double sideBySideUntil = 0.9) : IMeetingSolver
{
    /// <summary>Core-guided search (lower bounds from unsatisfiable cores) beside a clause-learning search for schedules.</summary>
    internal const string CoreSearch = "subsolvers:\"core\" subsolvers:\"no_lp\"";
    private const string SingleCoreSearch = "optimize_with_core:true linearization_level:0";
    /// <summary>
    /// For the restricted search: its bound settles within a second, and the rest is a search for a schedule at that
    /// bound, which without phase saving reached it in about half the time (docs/decisions/002, "Update 3").
    /// </summary>
    private const string RestrictedSearch = SingleCoreSearch + " core_minimization_level:0 use_phase_saving:false";
    /// <summary>The second restricted search keeps phase saving: the two settings are slow on different seeds.</summary>
    private const string SecondRestrictedSearch = SingleCoreSearch + " core_minimization_level:0";
    private const double RestrictedUntil = 0.97;
    private const double RelaxationShare = 0.03;
    private const double SharedSearchUntil = 0.4;
    private static readonly TimeSpan StepLimit = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan BreakerProbeLimit = TimeSpan.FromSeconds(1);
    private const string StepParameters = "linearization_level:0";
    private const int InitialSize = 40;

    public SolveResult Solve(Instance instance, SolveOptions options, CancellationToken cancellationToken = default)
    {
        if (!instance.Rules.RequireAllMeetings) return new CpSatSolver().Solve(instance, options, cancellationToken);
        var clock = Stopwatch.StartNew();
        var lowerBound = BoundsCalculator.Compute(instance).BreaksLowerBound;
        var domains = new SlotDomains(instance);
        // A little is kept back for assigning tables and reporting, so that the whole call stays inside the limit.
        TimeSpan Remaining() => options.TimeLimit * 0.985 - clock.Elapsed;
        double Fraction() => Math.Min(1, clock.Elapsed / options.TimeLimit);

        if (lowerBound == 0)
        {
            var probe = CpSatRun.Execute(new ScheduleModel(instance, domains, breaksCap: 0), options.Workers, options.Seed,
                options.TimeLimit * probeShare, HybridSolver.SatSearch + " stop_after_first_solution:true", null, cancellationToken);
            if (probe.Slots is { } zero && BreakCounter.PerParticipant(instance, zero).Sum() == 0)
                return Finish(instance, zero, 0, clock);
            if (probe.Status == CpSolverStatus.Infeasible) lowerBound = 1;
        }

        // Two searches side by side (in turn on one worker). One: core-guided CP-SAT with breaks allowed only where
        // they usually fall, at participants spanning both blocks, one break each (the whole model when nobody spans).
        // Two: the relaxation (a proven bound and likely breakers), the heuristic, then the breaker-set search from
        // its schedule, with a second restricted search in between when participants span.
        var split = options.Workers > 1;
        var until = options.TimeLimit * sideBySideUntil;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var spanning = Enumerable.Range(0, instance.Participants.Count).Where(p => ContiguousRuns.SpansBlocks(domains, p)).ToHashSet();
        CpSatOutcome? restricted = null;
        Task? restrictedTask = null;
        LnsIncumbent? incumbent = null;
        IReadOnlyList<int> likelyBreakers = [];
        using var relaxed = new ManualResetEventSlim();
        void Relax(int workers)
        {
            // Short: its likely breakers are what the searches need first; a bound it has not proven stays lower.
            if (BreakerRelaxation.Solve(instance, domains, options.TimeLimit * RelaxationShare, workers, options.Seed, stop.Token) is { } relaxation)
            {
                lock (stop) lowerBound = Math.Max(lowerBound, relaxation.LowerBound);
                likelyBreakers = relaxation.Breakers;
            }
            relaxed.Set();
        }
        using var restrictedStop = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
        CpSatOutcome RunRestricted(int seed, string parameters)
        {
            var allowed = spanning.Concat(likelyBreakers).ToHashSet();
            var model = spanning.Count == 0
                ? new ScheduleModel(instance, domains)
                : new ScheduleModel(instance, domains, breakSymmetry: false,
                    participantCaps: Enumerable.Range(0, instance.Participants.Count).Select(p => allowed.Contains(p) ? 1 : 0).ToArray());
            if (lowerBound > 0) model.Model.Add(model.TotalBreaks >= lowerBound);
            // Restricted to the spanning participants it cannot prove optimality, so it may use the time the final
            // whole-model proof attempt would have had.
            var end = spanning.Count == 0 ? until : options.TimeLimit * RestrictedUntil;
            var outcome = CpSatRun.Execute(model, 1, seed, end - clock.Elapsed, parameters, null, restrictedStop.Token);
            if (outcome is { Slots: not null, Status: CpSolverStatus.Optimal or CpSolverStatus.Feasible })
                options.Progress?.Report(new SolveProgress(Fraction(), 0, (int)Math.Round(outcome.Objective), "restricted"));
            if (outcome.Status == CpSolverStatus.Optimal)
            {
                // Optimal within its space: a second run of the same space cannot do better.
                restrictedStop.Cancel();
                if (spanning.Count == 0) stop.Cancel();
            }
            return outcome;
        }
        void Restricted()
        {
            if (split) Relax(1);
            restricted = RunRestricted(options.Seed, RestrictedSearch);
        }
        void Breakers()
        {
            var workers = split ? options.Workers - 1 : 1;
            if (!split) Relax(workers);
            var heuristic = new HeuristicSolver().Solve(instance,
                options with { TimeLimit = options.TimeLimit * heuristicShare, Progress = null, Workers = workers }, stop.Token);
            relaxed.Wait(stop.Token.IsCancellationRequested ? TimeSpan.Zero : options.TimeLimit * heuristicShare);
            var report = ScheduleValidator.Validate(new InstanceIndex(instance), heuristic.Solution);
            // Without a complete schedule to start from, the whole model gets the rest of the time (below).
            if (!report.IsValid || report.Metrics.UnscheduledCount > 0) { stop.Cancel(); return; }
            incumbent = new LnsIncumbent(instance, Slots(instance, heuristic.Solution));
            if (incumbent.Breaks <= lowerBound) { stop.Cancel(); return; }
            var probeLimit = TimeSpan.FromTicks(Math.Min(BreakerProbeLimit.Ticks, options.TimeLimit.Ticks / 10));
            var search = new BreakerSearch(instance, domains, incumbent, likelyBreakers);
            // While the restricted search runs beside it, stop at the first set that cannot shrink (no swaps): this
            // finds the sole breaker of one-break days, where the restricted search is slow. Then a second restricted
            // search beside the first, and swaps once both have finished.
            var sharing = split && spanning.Count > 0;
            var searchUntil = sharing ? options.TimeLimit * SharedSearchUntil : until;
            var bound = search.Run(lowerBound, searchUntil - clock.Elapsed, probeLimit, workers, options.Seed, stop.Token, swaps: !sharing);
            lock (stop) lowerBound = Math.Max(lowerBound, bound);
            if (sharing && incumbent.Breaks > lowerBound)
            {
                // Another seed and phase saving on: times to the optimum vary by a factor of four between seeds and
                // settings, so two different draws miss far less often than one.
                if (restrictedTask is { IsCompleted: false } && !restrictedStop.IsCancellationRequested
                    && RunRestricted(options.Seed + 1, SecondRestrictedSearch) is { Slots: { } second, Status: CpSolverStatus.Optimal or CpSolverStatus.Feasible })
                    incumbent.Offer(second);
                var wait = until - clock.Elapsed;
                if (wait > TimeSpan.Zero) restrictedTask?.Wait(wait);
                if (restricted is { Slots: { } early, Status: CpSolverStatus.Optimal or CpSolverStatus.Feasible }) incumbent.Offer(early);
                bound = search.Run(lowerBound, until - clock.Elapsed, probeLimit, workers, options.Seed + 1, stop.Token);
                lock (stop) lowerBound = Math.Max(lowerBound, bound);
            }
            if (incumbent.Breaks <= lowerBound) stop.Cancel();
        }
        if (split)
        {
            restrictedTask = Task.Run(Restricted, CancellationToken.None);
            Breakers();
            restrictedTask.Wait(CancellationToken.None);
        }
        else { Breakers(); Restricted(); }

        if (incumbent is null)
        {
            if (restricted?.Slots is { } only && restricted.Status is CpSolverStatus.Optimal or CpSolverStatus.Feasible)
                incumbent = new LnsIncumbent(instance, only);
            else
            {
                var rest = options with { TimeLimit = Remaining() };
                return new HybridSolver().Solve(instance, rest, cancellationToken) with { Elapsed = clock.Elapsed };
            }
        }
        if (restricted is { Slots: { } restrictedSlots, Status: CpSolverStatus.Optimal or CpSolverStatus.Feasible })
            incumbent.Offer(restrictedSlots);
        if (spanning.Count == 0 && restricted is { } whole)
        {
            if (whole.Status == CpSolverStatus.Optimal) lowerBound = Math.Max(lowerBound, (int)Math.Round(whole.Objective));
            else if (!double.IsNaN(whole.Bound)) lowerBound = Math.Max(lowerBound, (int)Math.Ceiling(whole.Bound - 1e-6));
        }

        var neighbourhoods = new LnsNeighbourhoods(instance, domains);
        void Lns(TimeSpan end)
        {
            if (incumbent.Breaks <= lowerBound || end - clock.Elapsed < TimeSpan.FromMilliseconds(200)) return;
            var workers = Math.Max(1, options.Workers);
            Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, w =>
                Search(instance, domains, neighbourhoods, incumbent, lowerBound, new Random(options.Seed * 7919 + w),
                    () => end - clock.Elapsed, Fraction, options.Progress, cancellationToken));
        }
        var coreParameters = options.Workers > 1 ? CoreSearch : SingleCoreSearch;

        if (incumbent.Breaks > lowerBound && Remaining() > TimeSpan.FromMilliseconds(100))
        {
            var (slots, breaks) = incumbent.Snapshot();
            var model = new ScheduleModel(instance, domains, breaks);
            model.Hint(slots);
            var outcome = CpSatRun.Execute(model, options.Workers, options.Seed, Remaining(), coreParameters, options.Progress, cancellationToken);
            if (outcome.Slots is { } found) incumbent.Offer(found);
            if (outcome.Status == CpSolverStatus.Optimal) lowerBound = Math.Max(lowerBound, incumbent.Breaks);
            else if (outcome.Status == CpSolverStatus.Infeasible) lowerBound = Math.Max(lowerBound, breaks);
            else if (!double.IsNaN(outcome.Bound)) lowerBound = Math.Max(lowerBound, (int)Math.Ceiling(outcome.Bound - 1e-6));
        }

        Lns(options.TimeLimit * 0.985);
        var (best, bestBreaks) = incumbent.Snapshot();
        return Finish(instance, best, lowerBound, clock, bestBreaks);
    }

    private static SolveResult Finish(Instance instance, int?[] slots, int lowerBound, Stopwatch clock, int breaks = 0)
    {
        var status = breaks <= lowerBound ? CpSolverStatus.Optimal : CpSolverStatus.Feasible;
        return CpSatSolver.ToResult(instance, new CpSatOutcome(status, slots, breaks, lowerBound), "lns", clock.Elapsed);
    }

    private static void Search(
        Instance instance, SlotDomains domains, LnsNeighbourhoods neighbourhoods, LnsIncumbent incumbent, int lowerBound,
        Random random, Func<TimeSpan> remaining, Func<double> fraction, IProgress<SolveProgress>? progress,
        CancellationToken cancellationToken)
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

    private static int?[] Slots(Instance instance, Solution solution)
    {
        var slots = new int?[instance.Meetings.Count];
        foreach (var a in solution.Assignments) slots[a.Meeting] = a.Slot;
        return slots;
    }
}
