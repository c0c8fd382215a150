using SpaceBridge.Scheduling.Bounds;
using SpaceBridge.Scheduling.Model;
using SpaceBridge.Scheduling.Validation;

namespace SpaceBridge.Scheduling.Solving;

/// <summary>
/// The one entry point for scheduling: picks a solver, runs it, validates its schedule independently
/// and states the gap to the proven bounds.
/// </summary>
public static class MeetingScheduler
{
    /// <summary>
    /// Instances up to this many meetings in the literature's mode go to <see cref="Exact.BreakMinimizingSolver"/> (the
    /// break-minimizing pipeline; docs/decisions/002-scheduler-design.md) under Auto; everything else to the heuristic.
    /// </summary>
    public const int ExactMeetingLimit = 1000;

    public static ScheduleReport Solve(Instance instance, SolveOptions options, CancellationToken cancellationToken = default) =>
        Solve(instance, options, SolverCatalog.Create(ResolveKind(instance, options.Kind, options.Deterministic)), cancellationToken);

    /// <summary>The solver for a kind, Auto resolved by <see cref="ResolveKind"/>.</summary>
    public static IMeetingSolver CreateSolver(Instance instance, SolverKind kind) => SolverCatalog.Create(ResolveKind(instance, kind));

    public static ScheduleReport Solve(Instance instance, SolveOptions options, IMeetingSolver solver, CancellationToken cancellationToken = default)
    {
        var result = solver.Solve(instance, options, cancellationToken);
        return Report(instance, result);
    }

    /// <summary>Validates a result and computes its bounds and gaps.</summary>
    public static ScheduleReport Report(Instance instance, SolveResult result)
    {
        var index = new InstanceIndex(instance);
        var validation = ScheduleValidator.Validate(index, result.Solution);
        var scheduled = result.Solution.Assignments.Where(a => a.IsScheduled).Select(a => a.Meeting)
            .Where(m => m >= 0 && m < instance.Meetings.Count).Distinct().ToList();
        var slots = SlotsOf(instance, result.Solution);
        return new ScheduleReport
        {
            InstanceName = instance.Name,
            Result = result,
            Validation = validation,
            Bounds = BoundsCalculator.Compute(instance, scheduled),
            Rules = instance.Rules,
            TableChangesLowerBound = TableChangeLowerBound.Compute(instance, slots),
            BreaksLowerBoundPerParticipant = BreakLowerBound.ForSchedule(index, slots),
        };
    }

    private static int?[] SlotsOf(Instance instance, Solution solution)
    {
        var slots = new int?[instance.Meetings.Count];
        foreach (var a in solution.Assignments)
            if (a.Meeting >= 0 && a.Meeting < slots.Length && a.Slot is { } s && s >= 0 && s < instance.SlotCount) slots[a.Meeting] = s;
        return slots;
    }

    /// <summary>
    /// Auto in deterministic mode: the hybrid solver where Auto would take the break-minimizing pipeline (whose phases
    /// run side by side against the wall clock), otherwise the same choice.
    /// </summary>
    public static SolverKind ResolveKind(Instance instance, SolverKind kind, bool deterministic)
    {
        var resolved = ResolveKind(instance, kind);
        if (!deterministic || resolved != SolverKind.BreakMinimizing) return resolved;
        return kind == SolverKind.Auto ? SolverKind.Hybrid : resolved;
    }

    public static SolverKind ResolveKind(Instance instance, SolverKind kind) => kind switch
    {
        SolverKind.Auto => instance.Rules.RequireAllMeetings && instance.Meetings.Count <= ExactMeetingLimit
            && SolverCatalog.IsAvailable(SolverKind.BreakMinimizing)
            ? SolverKind.BreakMinimizing
            : SolverKind.Heuristic,
        _ => kind,
    };
}
