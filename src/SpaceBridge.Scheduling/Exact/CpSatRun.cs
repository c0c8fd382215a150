using System.Diagnostics;
using System.Globalization;
using Google.OrTools.Sat;
using SpaceBridge.Scheduling.Solving;

namespace SpaceBridge.Scheduling.Exact;

/// <summary>The outcome of one CP-SAT search on a <see cref="ScheduleModel"/>.</summary>
internal sealed record CpSatOutcome(CpSolverStatus Status, int?[]? Slots, double Objective, double Bound)
{
    /// <summary>The work CP-SAT counted for this search, in its deterministic time units.</summary>
    public double DeterministicTime { get; init; }

    /// <summary>When <see cref="Slots"/> was found, from the start of the search (or of the caller's run).</summary>
    public TimeSpan? FoundAfter { get; init; }

    public bool Proven => Status is CpSolverStatus.Optimal or CpSolverStatus.Infeasible;

    /// <summary>The schedule CP-SAT returned as feasible or optimal, else null.</summary>
    public int?[]? Schedule => Status is CpSolverStatus.Optimal or CpSolverStatus.Feasible ? Slots : null;
}

/// <summary>Runs CP-SAT once with the given time, seed, workers and extra parameters.</summary>
internal static class CpSatRun
{
    private static readonly TimeSpan WatchPeriod = TimeSpan.FromMilliseconds(100);

    /// <param name="deterministic">
    /// One worker and a deterministic time budget (<c>max_deterministic_time</c>) of <paramref name="timeLimit"/>'s seconds
    /// instead of the wall clock, so the same model and seed give the same outcome whatever the load; only cancellation stops it early.
    /// </param>
    /// <param name="boundStall">Stops the search once its objective bound has not risen for this long (from the start or its last rise).</param>
    /// <param name="stopAtBound">
    /// Stops the search once its objective bound reaches this value: a proof capped at the incumbent is done then, though
    /// CP-SAT, which has no schedule at the cap, would go on looking for one.
    /// </param>
    public static CpSatOutcome Execute(
        ScheduleModel model, int workers, int seed, TimeSpan timeLimit, string extraParameters,
        IProgress<SolveProgress>? progress, CancellationToken cancellationToken, bool deterministic = false,
        TimeSpan? boundStall = null, double? stopAtBound = null)
    {
        // CpSolver.StopSearch does nothing before Solve has begun, so a search asked to stop before it starts would run
        // to its limit: it does not start.
        if (timeLimit <= TimeSpan.Zero || cancellationToken.IsCancellationRequested)
            return new CpSatOutcome(CpSolverStatus.Unknown, null, double.NaN, double.NaN);
        var limit = deterministic
            ? string.Create(CultureInfo.InvariantCulture, $"num_workers:1 max_deterministic_time:{timeLimit.TotalSeconds:0.###}")
            : string.Create(CultureInfo.InvariantCulture, $"num_workers:{Math.Max(1, workers)} max_time_in_seconds:{timeLimit.TotalSeconds:0.###}");
        var solver = new CpSolver
        {
            StringParameters = string.Create(CultureInfo.InvariantCulture, $"{limit} random_seed:{seed} {extraParameters}"),
        };
        var callback = new Recorder(model, progress);
        // CP-SAT checks its own limit only between phases; on a large model loading and presolve alone can overrun it,
        // so a timer stops the search too (except in deterministic mode, where the wall clock must not decide the outcome).
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (!deterministic) deadline.CancelAfter(timeLimit);
        using var registration = deadline.Token.Register(solver.StopSearch);
        var clock = Stopwatch.StartNew();
        long lastRise = 0;
        if (boundStall is not null || stopAtBound is not null)
            solver.SetBestBoundCallback(bound =>
            {
                Volatile.Write(ref lastRise, clock.ElapsedTicks);
                if (bound >= stopAtBound - 1e-6) solver.StopSearch();
            });
        // Ten times a second: a stop that came between the check below and the moment Solve had begun (and so was lost)
        // is repeated, and a search whose bound has not risen for boundStall is stopped.
        using var watch = new Timer(_ =>
        {
            var stalled = boundStall is { } patience && clock.ElapsedTicks - Volatile.Read(ref lastRise) > patience.TotalSeconds * Stopwatch.Frequency;
            if (stalled || deadline.IsCancellationRequested) solver.StopSearch();
        }, null, WatchPeriod, WatchPeriod);
        if (cancellationToken.IsCancellationRequested) return new CpSatOutcome(CpSolverStatus.Unknown, null, double.NaN, double.NaN);
        var status = solver.Solve(model.Model, callback);
        var feasible = status is CpSolverStatus.Optimal or CpSolverStatus.Feasible;
        return new CpSatOutcome(
            status,
            feasible ? model.ReadSlots(solver.BooleanValue) : callback.Best,
            feasible ? solver.ObjectiveValue : double.NaN,
            solver.BestObjectiveBound)
        {
            DeterministicTime = solver.Response?.DeterministicTime ?? 0,
            FoundAfter = callback.FoundAfter,
        };
    }

    private sealed class Recorder(ScheduleModel model, IProgress<SolveProgress>? progress) : CpSolverSolutionCallback
    {
        private readonly Stopwatch clock = Stopwatch.StartNew();

        public int?[]? Best { get; private set; }

        /// <summary>When the last (best) solution came.</summary>
        public TimeSpan? FoundAfter { get; private set; }

        public override void OnSolutionCallback()
        {
            Best = model.ReadSlots(BooleanValue);
            FoundAfter = clock.Elapsed;
            if (progress is null) return;
            var breaks = BreakCounter.PerParticipant(model.Instance, Best).Sum();
            var weight = Enumerable.Range(0, Best.Length).Where(m => Best[m] is not null)
                .Sum(m => (long)model.Instance.Meetings[m].Weight);
            progress.Report(new SolveProgress(0, weight, breaks, "cp-sat"));
        }
    }
}
