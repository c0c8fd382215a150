using System.Diagnostics;
using Google.OrTools.Sat;
using SpaceBridge.Scheduling.Bounds;
using SpaceBridge.Scheduling.Heuristics;
using SpaceBridge.Scheduling.Model;
using SpaceBridge.Scheduling.Solving;
using SpaceBridge.Scheduling.Validation;

namespace SpaceBridge.Scheduling.Exact;

/// <summary>
/// One call of <see cref="BreakMinimizingSolver"/>, phase by phase (docs/decisions/002-scheduler-design.md):
/// <list type="number">
/// <item><see cref="ZeroBreakProbe"/>: when no break is provably needed, a clause-learning CP-SAT probe for a schedule
/// without breaks (proven optimal when found).</item>
/// <item>Two searches side by side (<see cref="SideBySide"/>, in turn on one worker). One: the <see cref="Relaxation"/>
/// (a proven bound, likely breakers) when there are two workers, then the <see cref="RestrictedCoreSearch"/>, core-guided
/// CP-SAT with breaks allowed only at participants spanning both blocks and the likely breakers (the whole model when
/// nobody spans). Two: the <see cref="Heuristic"/>, then the <see cref="BreakerSetSearch"/> from its schedule, with a
/// second restricted search (another seed and setting) in between when participants span.</item>
/// <item>On a single worker (<see cref="BreakMinimizingSolver"/> gives one below
/// <see cref="BreakMinimizingSolver.SideBySideWorkers"/>), after the heuristic: the breaker-set search until <see cref="FirstBreakerSearchUntil"/> (until
/// <see cref="OneBreakSearchUntil"/> when the bound is at most 1 and tables are not tight; when
/// a fifth of the participants or more span both blocks, the restricted core search instead, <see cref="RestrictedFirst"/>,
/// straight to the proof when it is optimal within its space), then the <see cref="EarlyProof"/> (the linear relaxation
/// when tables are tight, cores over break counts, then over break ends when the bound rose, each while its bound
/// rises), then, when it raised the bound, the
/// <see cref="RestrictedProbe"/> for a schedule at the bound with breaks where the restricted search allows them; a
/// schedule from it goes straight to the proof, else the breaker-set search goes on (docs/decisions/017).</item>
/// <item><see cref="WholeModelProof"/>: core-guided CP-SAT on the whole model, capped at and hinted with the incumbent
/// (over break ends on a single worker), until its bound meets the incumbent.</item>
/// <item><see cref="LnsImprovement"/>: <see cref="LargeNeighbourhoodSearch"/> with the time left, if any.</item>
/// <item><see cref="Finish"/>: proven optimal when the breaks meet the proven lower bound.</item>
/// </list>
/// Without a complete schedule from the heuristic or the restricted search the rest of the time goes to
/// <see cref="HybridSolver"/> (<see cref="WholeModelFallback"/>). The phases share the lower bound and the incumbent through <see cref="BreakBounds"/>.
/// </summary>
internal sealed class BreakMinimizingPipeline : IDisposable
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
    /// <summary>A little of the limit is kept back for assigning tables and reporting, so that the call ends inside it.</summary>
    private const double PipelineUntil = 0.985;
    /// <summary>
    /// On a single worker the breaker-set search runs first until this fraction of the limit, or for
    /// <see cref="FirstBreakerSearch"/> after the heuristic if that ends sooner; then <see cref="EarlyProof"/>.
    /// </summary>
    private const double FirstBreakerSearchUntil = 0.45;
    private static readonly TimeSpan FirstBreakerSearch = TimeSpan.FromSeconds(4);
    /// <summary>
    /// When the bound is at most 1 and tables are not tight, the first breaker-set search runs until this fraction of the
    /// limit instead: its probes of each participant alone settle whether one break is enough (a schedule is optimal,
    /// all refuted raise the bound to 2), which is the question <see cref="EarlyProof"/>'s cores would work on.
    /// </summary>
    private const double OneBreakSearchUntil = 0.8;
    /// <summary>Share of the limit for <see cref="EarlyProof"/>.</summary>
    private const double EarlyProofShare = 0.35;
    /// <summary>Share of the places over all slots the meetings need for <see cref="TablesTight"/>.</summary>
    private const double TightTables = 0.9;
    /// <summary>Share of the limit for the linear relaxation's search when tables are tight.</summary>
    private const double LinearProofShare = 0.4;
    /// <summary>The lower-bound tree search on the full linear relaxation.</summary>
    private const string LinearBoundSearch = "optimize_with_lb_tree_search:true linearization_level:2";
    /// <summary>Fraction of the limit at which <see cref="EarlyProof"/> and <see cref="RestrictedProbe"/> end.</summary>
    private const double RestrictedProbeUntil = 0.8;
    /// <summary>For <see cref="RestrictedProbe"/>: without phase saving it found forum-13crafb's optimum in 4 s with each of three seeds.</summary>
    private const string ProbeSearch = "linearization_level:0 stop_after_first_solution:true use_phase_saving:false";
    /// <summary>
    /// Each search of <see cref="EarlyProof"/> ends once its bound has not risen for this long, or for
    /// <see cref="EarlyProofStallShare"/> of the limit if that is shorter: on forum-13crafb the last rise of the cores
    /// comes 2 s after the one before, on tic-13crafc the relaxation's 1.7 s.
    /// </summary>
    private static readonly TimeSpan EarlyProofStall = TimeSpan.FromSeconds(2.5);
    private const double EarlyProofStallShare = 0.25;
    private static readonly TimeSpan BreakerProbeLimit = TimeSpan.FromSeconds(1);
    /// <summary>Share of the participants spanning both blocks from which <see cref="RestrictedFirst"/> replaces the first breaker-set search.</summary>
    private const double ManySpanning = 0.2;
    /// <summary>
    /// Fraction of the limit at which <see cref="RestrictedFirst"/> ends, or <see cref="RestrictedFirstBy"/> when later
    /// (at most <see cref="RestrictedUntil"/> of the limit).
    /// </summary>
    private const double RestrictedFirstUntil = 0.6;
    /// <summary>On the crafb days <see cref="RestrictedFirst"/> reached its optimum 2.4-9.5 s into a 10 s run with seeds 1-11.</summary>
    private static readonly TimeSpan RestrictedFirstBy = TimeSpan.FromSeconds(9.7);
    /// <summary>
    /// For <see cref="RestrictedFirst"/>: <see cref="RestrictedSearch"/> with a random polarity at each decision. With
    /// phase saving on, forum-13crafb reached its optimum within 10 s with three seeds of three and ticf-13crafb with one;
    /// off, the reverse; off with random polarity, both with 21 of 22 runs over seeds 1-11 (docs/decisions/017).
    /// </summary>
    private const string RestrictedFirstParameters = RestrictedSearch + " initial_polarity:POLARITY_RANDOM";

    private readonly Instance instance;
    private readonly SolveOptions options;
    private readonly PipelineShares shares;
    private readonly CancellationToken cancellationToken;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly BreakBounds bounds;
    private readonly SlotDomains domains;

    // The side-by-side searches.
    private readonly bool split;
    private readonly TimeSpan until;
    /// <summary>Ends both side-by-side searches (the incumbent meets the bound, or there is no complete schedule).</summary>
    private readonly CancellationTokenSource stop;
    /// <summary>Ends the restricted searches once one of them is optimal within its space.</summary>
    private readonly CancellationTokenSource restrictedStop;
    private readonly ManualResetEventSlim relaxed = new();
    private HashSet<int> spanning = [];
    private IReadOnlyList<int> likelyBreakers = [];
    private CpSatOutcome? restricted;
    private BreakerSearch? breakerSearch;
    private Task? restrictedTask;

    public BreakMinimizingPipeline(Instance instance, SolveOptions options, PipelineShares shares, CancellationToken cancellationToken)
    {
        this.instance = instance;
        this.options = options;
        this.shares = shares;
        this.cancellationToken = cancellationToken;
        bounds = new BreakBounds(BoundsCalculator.Compute(instance).BreaksLowerBound, clock);
        domains = new SlotDomains(instance);
        split = options.Workers > 1;
        until = options.TimeLimit * shares.SideBySideUntil;
        stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        restrictedStop = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
    }

    private TimeSpan Remaining() => options.TimeLimit * PipelineUntil - clock.Elapsed;

    private double Fraction() => Math.Min(1, clock.Elapsed / options.TimeLimit);

    public SolveResult Run()
    {
        if (ZeroBreakProbe() is { } breakFree) return Finish(breakFree, 0, clock.Elapsed);
        SideBySide();
        if (!TakeRestrictedOutcome()) return WholeModelFallback();
        WholeModelProof();
        LnsImprovement();
        var (best, breaks) = bounds.Incumbent!.Snapshot();
        return Finish(best, breaks, bounds.Incumbent.FoundAfter);
    }

    /// <summary>
    /// Phase 1, only when no break is provably needed: CP-SAT, all workers, for the first schedule without breaks.
    /// </summary>
    /// <returns>A break-free schedule, or null (the lower bound rises to 1 when the probe proves there is none).</returns>
    private int?[]? ZeroBreakProbe()
    {
        if (bounds.Lower != 0) return null;
        var probe = CpSatRun.Execute(new ScheduleModel(instance, domains, breaksCap: 0), options.Workers, options.Seed,
            options.TimeLimit * shares.Probe, HybridSolver.SatSearch + " stop_after_first_solution:true", null, cancellationToken);
        if (probe.Slots is { } zero && BreakCounter.PerParticipant(instance, zero).Sum() == 0) return zero;
        if (probe.Status == CpSolverStatus.Infeasible) bounds.Raise(1);
        return null;
    }

    /// <summary>
    /// Phase 2 until <see cref="PipelineShares.SideBySideUntil"/> of the limit: the restricted core search on its own
    /// thread beside the heuristic and the breaker-set search (one after the other on a single worker).
    /// </summary>
    private void SideBySide()
    {
        spanning = Enumerable.Range(0, instance.Participants.Count).Where(p => ContiguousRuns.SpansBlocks(domains, p)).ToHashSet();
        if (split)
        {
            restrictedTask = Task.Run(RestrictedSide, CancellationToken.None);
            HeuristicSide();
            restrictedTask.Wait(CancellationToken.None);
        }
        else
        {
            HeuristicSide();
            RestrictedSide();
        }
    }

    /// <summary>The first side: the relaxation (with two workers), then the first restricted core search.</summary>
    private void RestrictedSide()
    {
        if (split) Relaxation(1);
        restricted = RestrictedCoreSearch(options.Seed, RestrictedSearch);
    }

    /// <summary>
    /// The second side: the relaxation (on a single worker), the heuristic, then the breaker-set search. Ends both sides
    /// when the incumbent meets the bound or the heuristic leaves meetings out.
    /// </summary>
    private void HeuristicSide()
    {
        var workers = split ? options.Workers - 1 : 1;
        if (!split) Relaxation(workers);
        // Without a complete schedule to start from, the whole model gets the rest of the time (Run).
        if (!Heuristic(workers) || bounds.Settled) { stop.Cancel(); return; }
        if (!split && SingleWorkerSearches()) { stop.Cancel(); return; }
        BreakerSetSearch(workers);
        if (bounds.Settled) stop.Cancel();
    }

    /// <summary>
    /// On a single worker, after the heuristic: the first breaker-set search (or <see cref="RestrictedFirst"/>), then
    /// <see cref="EarlyProof"/>, then, when it raised the bound, <see cref="RestrictedProbe"/>.
    /// </summary>
    /// <returns>Whether the bound is met or only the whole-model proof is left.</returns>
    private bool SingleWorkerSearches()
    {
        if (ManySpan())
        {
            // Optimal within its space: what is left is the whole-model proof.
            if (RestrictedFirst()) return true;
        }
        else
        {
            // First the search that finds the one-break optima of the crafc days (1-6 s after the heuristic).
            var firstUntil = bounds.Lower <= 1 && !TablesTight()
                ? options.TimeLimit * OneBreakSearchUntil
                : Earlier(options.TimeLimit * FirstBreakerSearchUntil, clock.Elapsed + FirstBreakerSearch);
            BreakerSetSearch(1, firstUntil);
        }
        if (bounds.Settled) return true;
        var raised = EarlyProof();
        if (bounds.Settled) return true;
        // A schedule from the probe is at most one break per refuted cap above the bound: what is left is its proof.
        return (raised && RestrictedProbe()) || bounds.Settled;
    }

    /// <summary>
    /// <see cref="BreakerRelaxation"/>, short: its likely breakers are what the searches need first; a bound it has not
    /// proven stays lower.
    /// </summary>
    private void Relaxation(int workers)
    {
        if (BreakerRelaxation.Solve(instance, domains, options.TimeLimit * RelaxationShare, workers, options.Seed, stop.Token) is { } relaxation)
        {
            bounds.Raise(relaxation.LowerBound);
            likelyBreakers = relaxation.Breakers;
        }
        relaxed.Set();
    }

    /// <summary>
    /// Core-guided CP-SAT, 1 worker, with breaks allowed only where they usually fall: at participants spanning both
    /// blocks and the relaxation's likely breakers, one break each (the whole model when nobody spans).
    /// </summary>
    /// <param name="end">An earlier end than <see cref="RestrictedUntil"/> (or the side-by-side searches' when nobody spans).</param>
    /// <param name="boundConstraint">Whether the proven lower bound is added to the model as a constraint.</param>
    private CpSatOutcome? RestrictedCoreSearch(int seed, string parameters, TimeSpan? end = null, bool boundConstraint = true)
    {
        if (restrictedStop.IsCancellationRequested) return null;
        var model = spanning.Count == 0
            ? new ScheduleModel(instance, domains)
            : new ScheduleModel(instance, domains, breakSymmetry: false, participantCaps: RestrictedCaps(), oneGapSpans: true);
        if (boundConstraint && bounds.Lower > 0) model.Model.Add(model.TotalBreaks >= bounds.Lower);
        // Restricted to the spanning participants it cannot prove optimality, so it may use the time the whole-model
        // proof would have had.
        end ??= spanning.Count == 0 ? until : options.TimeLimit * RestrictedUntil;
        var started = clock.Elapsed;
        var outcome = CpSatRun.Execute(model, 1, seed, end.Value - clock.Elapsed, parameters, null, restrictedStop.Token);
        outcome = outcome with { FoundAfter = started + outcome.FoundAfter };
        if (outcome.Schedule is not null)
            options.Progress?.Report(new SolveProgress(Fraction(), 0, (int)Math.Round(outcome.Objective), "restricted"));
        if (outcome.Status == CpSolverStatus.Optimal)
        {
            // Optimal within its space: a second run of the same space cannot do better.
            restrictedStop.Cancel();
            if (spanning.Count == 0) stop.Cancel();
        }
        return outcome;
    }

    /// <summary><see cref="HeuristicSolver"/> for its share of the limit; its schedule becomes the incumbent when complete.</summary>
    /// <returns>False when the heuristic left meetings out.</returns>
    private bool Heuristic(int workers)
    {
        var heuristic = new HeuristicSolver(untilTimeLimit: false).Solve(instance,
            options with { TimeLimit = options.TimeLimit * shares.Heuristic, Progress = null, Workers = workers }, stop.Token);
        relaxed.Wait(stop.Token.IsCancellationRequested ? TimeSpan.Zero : options.TimeLimit * shares.Heuristic);
        var report = ScheduleValidator.Validate(new InstanceIndex(instance), heuristic.Solution);
        if (!report.IsValid || report.Metrics.UnscheduledCount > 0) return false;
        bounds.Adopt(instance, Slots(heuristic.Solution));
        return true;
    }

    /// <summary>For the restricted searches: one break each at participants spanning both blocks and the likely breakers, none elsewhere.</summary>
    private int[] RestrictedCaps()
    {
        var allowed = spanning.Concat(likelyBreakers).ToHashSet();
        return Enumerable.Range(0, instance.Participants.Count).Select(p => allowed.Contains(p) ? 1 : 0).ToArray();
    }

    private static TimeSpan Earlier(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static TimeSpan Longer(TimeSpan a, TimeSpan b) => a > b ? a : b;

    /// <summary>Whether at least <see cref="ManySpanning"/> of the participants span both blocks.</summary>
    private bool ManySpan() => spanning.Count > 0 && spanning.Count >= ManySpanning * instance.Participants.Count;

    /// <summary>
    /// On a single worker when <see cref="ManySpan"/>, in place of the first breaker-set search: the restricted core
    /// search with <see cref="RestrictedFirstParameters"/> until <see cref="RestrictedFirstUntil"/> of the limit or
    /// <see cref="RestrictedFirstBy"/> when later (at most <see cref="RestrictedUntil"/> of the limit), its schedule
    /// offered to the incumbent. On the crafb days (25 of 76 participants span) it is optimal within its space at the
    /// optima of 3 and 6, where the breaker-set search, moving one participant at a time, stays at 6-11. At short limits
    /// it may take the whole run: a miss leaves the heuristic's schedule.
    /// </summary>
    /// <returns>Whether it was optimal within its space (a second run cannot do better).</returns>
    private bool RestrictedFirst()
    {
        var end = Earlier(options.TimeLimit * RestrictedUntil, Longer(options.TimeLimit * RestrictedFirstUntil, RestrictedFirstBy));
        // Without the relaxation's bound as a constraint: with it, ticf-13crafb was optimal within its space in 10 s with one
        // seed of three, without it with two.
        var outcome = RestrictedCoreSearch(options.Seed, RestrictedFirstParameters, end, boundConstraint: false);
        if (outcome?.Schedule is { } found) bounds.Incumbent!.Offer(found, outcome.FoundAfter);
        return outcome?.Status == CpSolverStatus.Optimal;
    }

    /// <summary>
    /// <see cref="BreakerSearch"/> from the incumbent. While the restricted search runs beside it, it stops at the first
    /// set that cannot shrink (no swaps), until <see cref="SharedSearchUntil"/> of the limit: this finds the sole breaker
    /// of one-break days, where the restricted search is slow. Then a second restricted search beside the first, and
    /// swaps once both have finished.
    /// </summary>
    /// <param name="end">On a single worker, an earlier end than the side-by-side searches' (<see cref="PipelineShares.SideBySideUntil"/>).</param>
    private void BreakerSetSearch(int workers, TimeSpan? end = null)
    {
        var incumbent = bounds.Incumbent!;
        var probeLimit = Earlier(BreakerProbeLimit, options.TimeLimit / 10);
        // Kept between the two calls on a single worker, so that refuted sets are not probed again.
        var search = breakerSearch ??= new BreakerSearch(instance, domains, incumbent, likelyBreakers);
        var sharing = split && spanning.Count > 0;
        var searchUntil = sharing ? options.TimeLimit * SharedSearchUntil : end ?? until;
        bounds.Raise(search.Run(bounds.Lower, searchUntil - clock.Elapsed, probeLimit, workers, options.Seed, stop.Token, swaps: !sharing));
        if (!sharing || incumbent.Breaks <= bounds.Lower) return;
        // Another seed and phase saving on: times to the optimum vary by a factor of four between seeds and settings,
        // so two different draws miss far less often than one.
        if (restrictedTask is { IsCompleted: false } && !restrictedStop.IsCancellationRequested
            && RestrictedCoreSearch(options.Seed + 1, SecondRestrictedSearch) is { Schedule: { } second } other)
            incumbent.Offer(second, other.FoundAfter);
        var wait = until - clock.Elapsed;
        if (wait > TimeSpan.Zero) restrictedTask?.Wait(wait);
        if (restricted?.Schedule is { } early) incumbent.Offer(early, restricted.FoundAfter);
        bounds.Raise(search.Run(bounds.Lower, until - clock.Elapsed, probeLimit, workers, options.Seed + 1, stop.Token));
    }

    /// <summary>
    /// After the side-by-side searches: the first restricted search's schedule is offered to the incumbent (or becomes
    /// it), and on the whole model (nobody spans) its bound counts.
    /// </summary>
    /// <returns>False when neither side has a complete schedule.</returns>
    private bool TakeRestrictedOutcome()
    {
        if (bounds.Incumbent is null)
        {
            if (restricted?.Schedule is { } only) bounds.Adopt(instance, only);
            else return false;
        }
        if (restricted?.Schedule is { } restrictedSlots) bounds.Incumbent!.Offer(restrictedSlots, restricted.FoundAfter);
        if (spanning.Count == 0 && restricted is { } whole)
        {
            if (whole.Status == CpSolverStatus.Optimal) bounds.Raise((int)Math.Round(whole.Objective));
            else if (!double.IsNaN(whole.Bound)) bounds.Raise((int)Math.Ceiling(whole.Bound - 1e-6));
        }
        return true;
    }

    /// <summary>Without any complete schedule: <see cref="HybridSolver"/> on the whole model for the rest of the time.</summary>
    private SolveResult WholeModelFallback()
    {
        var rest = options with { TimeLimit = Remaining() };
        return new HybridSolver().Solve(instance, rest, cancellationToken) with { Elapsed = clock.Elapsed };
    }

    /// <summary>
    /// On a single worker, after the first breaker-set search (or <see cref="RestrictedFirst"/>), capped at and hinted
    /// with the incumbent: when <see cref="TablesTight"/>, the linear relaxation's lower-bound tree search for up to
    /// <see cref="LinearProofShare"/> of the limit; then core-guided CP-SAT on the whole model for up to
    /// <see cref="EarlyProofShare"/>, and, when the bound rose (from the relaxation or these cores), once more over break
    /// ends; each until its bound stalls (<see cref="EarlyProofStall"/>). With the proof and a hint, cores over the participants' break counts
    /// prove forum-14 in 1 s where cores over break ends take 3 s; on forum-13crafb the break ends reach the bound of 6
    /// in 3-4 s where the counts take 7-8 s.
    /// On one worker the side-by-side searches used to leave the whole-model proof a few percent of the limit at the
    /// end: the 21-22-slot UdG instances with spanning participants, which the restricted search cannot prove, stayed
    /// at bounds of 2-3 against optima of 3 and 6; these searches reach the optima's bounds and prove many instances outright.
    /// </summary>
    /// <returns>Whether it raised the lower bound.</returns>
    private bool EarlyProof()
    {
        if (bounds.Incumbent!.Breaks <= bounds.Lower) return false;
        var before = bounds.Lower;
        var stall = Earlier(EarlyProofStall, options.TimeLimit * EarlyProofStallShare);
        var end = options.TimeLimit * RestrictedProbeUntil;
        TimeSpan Until(double share) => Earlier(clock.Elapsed + options.TimeLimit * share, end);
        if (TablesTight())
            CoreProof(Until(LinearProofShare), 1, LinearBoundSearch, breakEndObjective: false, null, stop.Token, stall);
        if (!bounds.Settled)
            CoreProof(Until(EarlyProofShare), 1, SingleCoreSearch, breakEndObjective: false, null, stop.Token, stall);
        // When the bound rose (from the relaxation or the cores), cores over break ends tend to raise it further.
        if (!bounds.Settled && bounds.Lower > before)
            CoreProof(Until(EarlyProofShare), 1, SingleCoreSearch, breakEndObjective: true, null, stop.Token, stall);
        return bounds.Lower > before;
    }

    /// <summary>
    /// Whether the meetings need at least <see cref="TightTables"/> of the places over all slots: then breaks come from the
    /// shortage of tables, which the linear relaxation sees and cores over participants do not (tic-13crafc: 180
    /// meetings in 190 places, proven at 4 by the relaxation in 3 s, while cores stay at 3 for a minute).
    /// </summary>
    private bool TablesTight()
    {
        var places = instance.Locations.Sum(l => (long)l.Capacity) * domains.SlotCount;
        return places > 0 && instance.Meetings.Count >= TightTables * places;
    }

    /// <summary>
    /// On a single worker, after <see cref="EarlyProof"/> when it raised the bound, and when participants span both
    /// blocks: a search for a schedule that meets the proven bound with breaks only at those participants and the likely
    /// breakers, one each, until <see cref="RestrictedProbeUntil"/> of the limit. On the UdG instances every optimal
    /// schedule found had its breaks there, and with the total capped at the bound the search settles in seconds where
    /// the breaker-set search, moving one participant at a time, stays above it.
    /// </summary>
    /// <returns>Whether it found a schedule.</returns>
    private bool RestrictedProbe()
    {
        var end = options.TimeLimit * RestrictedProbeUntil;
        if (spanning.Count == 0 || bounds.Incumbent!.Breaks <= bounds.Lower || end - clock.Elapsed < TimeSpan.FromMilliseconds(200))
            return false;
        var caps = RestrictedCaps();
        // No schedule at the bound within this space: one more break, until the incumbent.
        for (var cap = bounds.Lower; cap < bounds.Incumbent.Breaks && end - clock.Elapsed > TimeSpan.FromMilliseconds(200); cap++)
        {
            var model = new ScheduleModel(instance, domains, breaksCap: cap, breakSymmetry: false, participantCaps: caps, oneGapSpans: true);
            model.Hint(bounds.Incumbent.Snapshot().Slots);
            var started = clock.Elapsed;
            var outcome = CpSatRun.Execute(model, 1, options.Seed, end - started, ProbeSearch, null, stop.Token);
            if (outcome.Schedule is { } found)
            {
                bounds.Incumbent.Offer(found, started + outcome.FoundAfter);
                return true;
            }
            if (outcome.Status != CpSolverStatus.Infeasible) return false;
        }
        return false;
    }

    /// <summary>
    /// Phase 3: core-guided CP-SAT on the whole model, all workers, capped at and hinted with the incumbent, with the
    /// time left; its bound counts, and when it is optimal or infeasible the incumbent is proven.
    /// </summary>
    private void WholeModelProof()
    {
        var coreParameters = options.Workers > 1 ? CoreSearch : SingleCoreSearch;
        if (bounds.Incumbent!.Breaks <= bounds.Lower || Remaining() <= TimeSpan.FromMilliseconds(100)) return;
        CoreProof(options.TimeLimit * PipelineUntil, options.Workers, coreParameters, breakEndObjective: options.Workers == 1, options.Progress,
            cancellationToken);
    }

    /// <summary>
    /// A search capped at and hinted with the incumbent until <paramref name="end"/> on the run's clock (the model is
    /// built first, inside that time); its schedule is offered and its bound raised.
    /// </summary>
    private void CoreProof(TimeSpan end, int workers, string parameters, bool breakEndObjective,
        IProgress<SolveProgress>? progress, CancellationToken token, TimeSpan? boundStall = null)
    {
        if (end - clock.Elapsed <= TimeSpan.Zero || token.IsCancellationRequested) return;
        var incumbent = bounds.Incumbent!;
        var (slots, breaks) = incumbent.Snapshot();
        // The proven lower bound is not added to the model: on forum-14 it tripled the time to the proof over break ends.
        var model = new ScheduleModel(instance, domains, breaks, breakEndObjective: breakEndObjective);
        model.Hint(slots);
        var started = clock.Elapsed;
        var outcome = CpSatRun.Execute(model, workers, options.Seed, end - started, parameters, progress, token, boundStall: boundStall,
            stopAtBound: breaks);
        if (outcome.Slots is { } found) incumbent.Offer(found, started + outcome.FoundAfter);
        if (outcome.Status == CpSolverStatus.Optimal) bounds.Raise(incumbent.Breaks);
        else if (outcome.Status == CpSolverStatus.Infeasible) bounds.Raise(breaks);
        else if (!double.IsNaN(outcome.Bound)) bounds.Raise((int)Math.Ceiling(outcome.Bound - 1e-6));
    }

    /// <summary>Phase 4: <see cref="LargeNeighbourhoodSearch"/>, one thread per worker, when time is left.</summary>
    private void LnsImprovement()
    {
        var incumbent = bounds.Incumbent!;
        var end = options.TimeLimit * PipelineUntil;
        var lns = new LargeNeighbourhoodSearch(instance, domains, incumbent);
        if (incumbent.Breaks <= bounds.Lower || end - clock.Elapsed < TimeSpan.FromMilliseconds(200)) return;
        lns.Run(bounds.Lower, Math.Max(1, options.Workers), options.Seed, () => end - clock.Elapsed, Fraction, options.Progress, cancellationToken);
    }

    /// <summary>The result: tables assigned, proven optimal when the breaks meet the lower bound.</summary>
    private SolveResult Finish(int?[] slots, int breaks, TimeSpan foundAfter)
    {
        var lowerBound = bounds.Lower;
        var status = breaks <= lowerBound ? CpSolverStatus.Optimal : CpSolverStatus.Feasible;
        return CpSatSolver.ToResult(instance, new CpSatOutcome(status, slots, breaks, lowerBound) { FoundAfter = foundAfter },
            BreakMinimizingSolver.Name, clock.Elapsed);
    }

    private int?[] Slots(Solution solution)
    {
        var slots = new int?[instance.Meetings.Count];
        foreach (var a in solution.Assignments) slots[a.Meeting] = a.Slot;
        return slots;
    }

    public void Dispose()
    {
        restrictedStop.Dispose();
        relaxed.Dispose();
        stop.Dispose();
    }
}
