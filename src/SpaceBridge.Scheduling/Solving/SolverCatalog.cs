using SpaceBridge.Scheduling.Exact;
using SpaceBridge.Scheduling.Heuristics;

namespace SpaceBridge.Scheduling.Solving;

/// <summary>The solvers this build provides, by kind, and their names on the command line.</summary>
public static class SolverCatalog
{
    public static IReadOnlyCollection<SolverKind> Available => [SolverKind.Heuristic, SolverKind.CpSat, SolverKind.Hybrid, SolverKind.BreakMinimizing];

    public static bool IsAvailable(SolverKind kind) => Available.Contains(kind);

    public static IMeetingSolver Create(SolverKind kind) => kind switch
    {
        SolverKind.Heuristic => new HeuristicSolver(),
        SolverKind.CpSat => new CpSatSolver(),
        SolverKind.Hybrid => new HybridSolver(),
        SolverKind.BreakMinimizing => new BreakMinimizingSolver(),
        _ => throw new NotSupportedException($"no {kind} solver is available in this build"),
    };

    /// <summary>Every kind's name, in the order of <see cref="SolverKind"/>.</summary>
    public static IReadOnlyList<string> Names => [.. Enum.GetValues<SolverKind>().Select(Name)];

    /// <summary>Former names still accepted: <c>lns</c> is the break-minimizing pipeline, whose last phase is LNS.</summary>
    public static IReadOnlyDictionary<string, SolverKind> Aliases { get; } =
        new Dictionary<string, SolverKind>(StringComparer.OrdinalIgnoreCase) { ["lns"] = SolverKind.BreakMinimizing };

    public static string Name(SolverKind kind) => kind switch
    {
        SolverKind.BreakMinimizing => BreakMinimizingSolver.Name,
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>A kind by its name, its enum name or an alias, ignoring case.</summary>
    public static bool TryParse(string name, out SolverKind kind)
    {
        foreach (var candidate in Enum.GetValues<SolverKind>())
        {
            if (!string.Equals(name, Name(candidate), StringComparison.OrdinalIgnoreCase)
                && !string.Equals(name, candidate.ToString(), StringComparison.OrdinalIgnoreCase)) continue;
            kind = candidate;
            return true;
        }
        return Aliases.TryGetValue(name, out kind);
    }
}
