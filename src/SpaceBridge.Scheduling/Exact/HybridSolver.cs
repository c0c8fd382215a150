using System.Diagnostics;
using Google.OrTools.Sat;
using SpaceBridge.Scheduling.Model;
using SpaceBridge.Scheduling.Solving;

namespace SpaceBridge.Scheduling.Exact;

/// <summary>
/// For the literature's mode (every meeting required): first a pure clause-learning search,
/// without the LP, for a schedule with no break at all (often the optimum, and then proven at
/// once; measured far faster than branch and bound at finding it); failing that, the full
/// CP-SAT optimization for the rest of the time. Other instances go to <see cref="CpSatSolver"/>.
/// </summary>
public sealed class HybridSolver : IMeetingSolver
{
    internal const string SatSearch = "subsolvers:\"no_lp\" subsolvers:\"quick_restart_no_lp\"";

    public SolveResult Solve(Instance instance, SolveOptions options, CancellationToken cancellationToken = default)
    {
        if (!instance.Rules.RequireAllMeetings) return new CpSatSolver().Solve(instance, options, cancellationToken);
        var clock = Stopwatch.StartNew();
        var domains = new SlotDomains(instance);
        // Deterministic mode spends CP-SAT's own work units, so the split between the phases does not depend on the load.
        var used = 0.0;
        TimeSpan Remaining() => options.TimeLimit - (options.Deterministic ? TimeSpan.FromSeconds(used) : clock.Elapsed);

        int?[]? best = null;
        var bestBreaks = int.MaxValue;
        var lowerBound = 0;
        void Keep(int?[] slots)
        {
            var breaks = BreakCounter.PerParticipant(instance, slots).Sum();
            if (breaks < bestBreaks) (best, bestBreaks) = (slots, breaks);
        }
        CpSatOutcome Probe(int? cap, string parameters, TimeSpan time, bool firstSolution)
        {
            var model = new ScheduleModel(instance, domains, cap);
            if (best is not null) model.Hint(best);
            var extra = firstSolution ? parameters + " stop_after_first_solution:true" : parameters;
            var outcome = CpSatRun.Execute(model, options.Workers, options.Seed, time, extra, options.Progress, cancellationToken, options.Deterministic);
            used += outcome.DeterministicTime;
            if (outcome.Slots is not null) Keep(outcome.Slots);
            return outcome;
        }

        var zero = Probe(0, SatSearch, Remaining() * 0.25, firstSolution: true);
        if (zero.Status == CpSolverStatus.Infeasible) lowerBound = 1;
        if (best is null && !cancellationToken.IsCancellationRequested)
        {
            var search = Probe(null, "", Remaining(), firstSolution: false);
            if (!double.IsNaN(search.Bound)) lowerBound = Math.Max(lowerBound, (int)Math.Ceiling(search.Bound - 1e-6));
            if (search.Status == CpSolverStatus.Optimal) lowerBound = bestBreaks;
            if (search.Status == CpSolverStatus.Infeasible) return Finish(instance, null, true, lowerBound, clock);
        }
        return Finish(instance, best, best is not null && lowerBound >= bestBreaks, lowerBound, clock);
    }

    private static SolveResult Finish(Instance instance, int?[]? best, bool proven, int lowerBound, Stopwatch clock)
    {
        var status = best is null
            ? proven ? CpSolverStatus.Infeasible : CpSolverStatus.Unknown
            : proven ? CpSolverStatus.Optimal : CpSolverStatus.Feasible;
        var result = CpSatSolver.ToResult(instance, new CpSatOutcome(status, best, double.NaN, lowerBound), "hybrid", clock.Elapsed);
        return result with { BreaksLowerBound = best is null && !proven ? null : lowerBound };
    }
}
