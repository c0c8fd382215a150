namespace SpaceBridge.Scheduling.Solving;

/// <summary>The solvers this build provides, by kind.</summary>
public static class SolverCatalog
{
    public static IReadOnlyCollection<SolverKind> Available => [];

    public static IMeetingSolver Create(SolverKind kind) =>
        throw new NotSupportedException($"no {kind} solver is available in this build");
}
