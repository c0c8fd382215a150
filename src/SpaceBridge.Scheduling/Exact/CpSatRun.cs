using System.Globalization;
using Google.OrTools.Sat;
using SpaceBridge.Scheduling.Solving;

namespace SpaceBridge.Scheduling.Exact;

/// <summary>The outcome of one CP-SAT search on a <see cref="ScheduleModel"/>.</summary>
internal sealed record CpSatOutcome(CpSolverStatus Status, int?[]? Slots, double Objective, double Bound)
{
    public bool Proven => Status is CpSolverStatus.Optimal or CpSolverStatus.Infeasible;
}

/// <summary>Runs CP-SAT once with the given time, seed, workers and extra parameters.</summary>
internal static class CpSatRun
{
    public static CpSatOutcome Execute(
        ScheduleModel model, int workers, int seed, TimeSpan timeLimit, string extraParameters,
        IProgress<SolveProgress>? progress, CancellationToken cancellationToken)
    {
        if (timeLimit <= TimeSpan.Zero) return new CpSatOutcome(CpSolverStatus.Unknown, null, double.NaN, double.NaN);
        var solver = new CpSolver
        {
            StringParameters = string.Create(CultureInfo.InvariantCulture,
                $"num_workers:{Math.Max(1, workers)} random_seed:{seed} max_time_in_seconds:{timeLimit.TotalSeconds:0.###} {extraParameters}"),
        };
        var callback = new Recorder(model, progress);
        // CP-SAT checks its own limit only between phases; on a large model loading and presolve alone can overrun it,
        // so a timer stops the search too.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeLimit);
        using var registration = deadline.Token.Register(solver.StopSearch);
        var status = solver.Solve(model.Model, callback);
        var feasible = status is CpSolverStatus.Optimal or CpSolverStatus.Feasible;
        return new CpSatOutcome(
            status,
            feasible ? model.ReadSlots(solver.BooleanValue) : callback.Best,
            feasible ? solver.ObjectiveValue : double.NaN,
            solver.BestObjectiveBound);
    }

    private sealed class Recorder(ScheduleModel model, IProgress<SolveProgress>? progress) : CpSolverSolutionCallback
    {
        public int?[]? Best { get; private set; }

        public override void OnSolutionCallback()
        {
            Best = model.ReadSlots(BooleanValue);
            if (progress is null) return;
            var breaks = BreakCounter.PerParticipant(model.Instance, Best).Sum();
            var weight = Enumerable.Range(0, Best.Length).Where(m => Best[m] is not null)
                .Sum(m => (long)model.Instance.Meetings[m].Weight);
            progress.Report(new SolveProgress(0, weight, breaks, "cp-sat"));
        }
    }
}
