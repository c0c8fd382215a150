using System.Diagnostics;
using Google.OrTools.Sat;
using SpaceBridge.Scheduling.Model;
using SpaceBridge.Scheduling.Solving;

namespace SpaceBridge.Scheduling.Exact;

/// <summary>
/// Exact mode: the whole problem as one CP-SAT model (<see cref="ScheduleModel"/>). Minimizes
/// unscheduled weight first and breaks second; when every meeting is required, only breaks.
/// Reports proven optimality only when CP-SAT proves it within the time limit.
/// </summary>
public sealed class CpSatSolver : IMeetingSolver
{
    public SolveResult Solve(Instance instance, SolveOptions options, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var model = new ScheduleModel(instance, new SlotDomains(instance));
        var built = clock.Elapsed;
        // In deterministic mode the whole limit is CP-SAT's work budget: the model's build time must not change it.
        var time = options.Deterministic ? options.TimeLimit : options.TimeLimit - clock.Elapsed;
        var outcome = CpSatRun.Execute(model, options.Workers, options.Seed, time, "", options.Progress, cancellationToken, options.Deterministic);
        return ToResult(instance, outcome with { FoundAfter = built + outcome.FoundAfter }, "cp-sat", clock.Elapsed);
    }

    internal static SolveResult ToResult(Instance instance, CpSatOutcome outcome, string solverName, TimeSpan elapsed)
    {
        var slots = outcome.Slots ?? new int?[instance.Meetings.Count];
        var reason = outcome.Status switch
        {
            CpSolverStatus.Infeasible => "infeasible",
            _ when outcome.Slots is null => "no schedule found within the time limit",
            _ => "does not fit",
        };
        var proven = outcome.Status == CpSolverStatus.Optimal;
        int? lowerBound = null;
        if (proven) lowerBound = BreakCounter.PerParticipant(instance, slots).Sum();
        else if (instance.Rules.RequireAllMeetings && outcome.Slots is not null && !double.IsNaN(outcome.Bound))
            lowerBound = Math.Max(0, (int)Math.Ceiling(outcome.Bound - 1e-6));
        return new SolveResult
        {
            Solution = TableAssigner.Assign(instance, slots, reason),
            Solver = solverName,
            Elapsed = elapsed,
            ProvenOptimal = proven,
            BreaksLowerBound = lowerBound,
            ProvenInfeasible = outcome.Status == CpSolverStatus.Infeasible && instance.Rules.RequireAllMeetings,
            BestFoundAfter = outcome.Slots is null ? null : outcome.FoundAfter,
        };
    }
}
