using SpaceBridge.Scheduling.Model;

namespace SpaceBridge.Scheduling.Solving;

public enum SolverKind { Auto, Heuristic, CpSat, Hybrid, BreakMinimizing }

public sealed record SolveOptions
{
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(10);
    public int Seed { get; init; } = 1;
    /// <summary>Parallel workers; the machine's core count by default.</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;
    public SolverKind Kind { get; init; } = SolverKind.Auto;
    public IProgress<SolveProgress>? Progress { get; init; }
    /// <summary>
    /// Same input and seed give the same schedule whatever the machine's load: CP-SAT runs on one worker under a
    /// deterministic time budget (<c>max_deterministic_time</c>, the time limit in CP-SAT's work units) instead of the
    /// wall clock, and the heuristic runs its seeded iteration counts to the end on one worker. The time limit then
    /// bounds work, not wall time: a loaded machine takes longer but finds the same schedule. Cancellation still stops a run.
    /// The break-minimizing pipeline runs phases side by side against the wall clock and is not available in this mode.
    /// </summary>
    public bool Deterministic { get; init; }

    /// <summary>Workers a solver may use: one in deterministic mode.</summary>
    internal int EffectiveWorkers => Deterministic ? 1 : Math.Max(1, Workers);
}

/// <summary>A snapshot reported while a solver runs.</summary>
public sealed record SolveProgress(double Fraction, long ScheduledWeight, int TotalBreaks, string Phase);

public sealed record SolveResult
{
    public required Solution Solution { get; init; }
    public required string Solver { get; init; }
    public required TimeSpan Elapsed { get; init; }
    /// <summary>True when the solver proved no better solution exists under the objective order.</summary>
    public bool ProvenOptimal { get; init; }
    /// <summary>A proven lower bound on total breaks for the scheduled set, when one is known.</summary>
    public int? BreaksLowerBound { get; init; }
    /// <summary>True when the solver proved that no schedule places every required meeting under the rules.</summary>
    public bool ProvenInfeasible { get; init; }
    /// <summary>
    /// When the solver first had a schedule as good as the one returned, from the start of the call; null when it does
    /// not keep track (the heuristic) or has no schedule.
    /// </summary>
    public TimeSpan? BestFoundAfter { get; init; }
}

/// <summary>Every solver implements this; solvers must honour the time limit and cancellation.</summary>
public interface IMeetingSolver
{
    SolveResult Solve(Instance instance, SolveOptions options, CancellationToken cancellationToken = default);
}
