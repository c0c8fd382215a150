using SpaceBridge.Scheduling.Exact;
using SpaceBridge.Scheduling.Heuristics;

namespace SpaceBridge.Scheduling.Solving;

/// <summary>The solvers this build provides, by kind.</summary>
public static class SolverCatalog
{
    public static IReadOnlyCollection<SolverKind> Available => [SolverKind.Heuristic, SolverKind.CpSat, SolverKind.Hybrid, SolverKind.Lns];

    public static bool IsAvailable(SolverKind kind) => Available.Contains(kind);

    public static IMeetingSolver Create(SolverKind kind) => kind switch
    {
        SolverKind.Heuristic => new HeuristicSolver(),
        SolverKind.CpSat => new CpSatSolver(),
        SolverKind.Hybrid => new HybridSolver(),
        SolverKind.Lns => new LnsSolver(),
        _ => throw new NotSupportedException($"no {kind} solver is available in this build"),
    };
}
