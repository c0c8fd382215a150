using System.CommandLine;
using SpaceBridge.Scheduling.Solving;

namespace SpaceBridge.Scheduling.Cli.Commands;

internal static class CommonOptions
{
    public static Option<double> TimeLimit() => new("--time-limit")
    {
        Description = "Wall-clock limit per instance in seconds",
        DefaultValueFactory = _ => 10,
        CustomParser = r =>
        {
            var text = r.Tokens.Single().Value;
            if (double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds > 0)
                return seconds;
            r.AddError($"--time-limit must be a positive number of seconds, not '{text}'");
            return 0;
        },
    };

    public static Option<bool> Deterministic() => new("--deterministic")
    {
        Description = "Same instance and seed give the same schedule whatever the load: one worker, and the time limit is a "
            + "budget of CP-SAT's deterministic work units (the heuristic runs its fixed iteration counts) instead of wall time; "
            + "auto picks hybrid instead of break-minimizing",
    };

    public static Option<SolverKind> Solver() => new("--solver")
    {
        Description = SolverNames,
        DefaultValueFactory = _ => SolverKind.Auto,
        CustomParser = r => SolverCatalog.TryParse(r.Tokens.Single().Value, out var kind) ? kind : Fail(r, r.Tokens.Single().Value),
    };

    /// <summary>One or more solvers, comma-separated, e.g. <c>hybrid,cpsat</c> to compare against a baseline.</summary>
    public static Option<SolverKind[]> Solvers() => new("--solver")
    {
        Description = SolverNames + "; a comma-separated list runs each instance with each",
        DefaultValueFactory = _ => [SolverKind.Auto],
        CustomParser = r =>
        {
            var kinds = new List<SolverKind>();
            foreach (var name in r.Tokens.Single().Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (SolverCatalog.TryParse(name, out var kind)) kinds.Add(kind);
                else Fail(r, name);
            }
            return [.. kinds];
        },
    };

    /// <summary>"auto, heuristic, cpsat, hybrid or break-minimizing (also lns)".</summary>
    private static string SolverNames =>
        $"{string.Join(", ", SolverCatalog.Names.SkipLast(1))} or {SolverCatalog.Names[^1]} (also {string.Join(", ", SolverCatalog.Aliases.Keys)})";

    private static SolverKind Fail(System.CommandLine.Parsing.ArgumentResult r, string name)
    {
        r.AddError($"unknown solver '{name}' ({string.Join(", ", SolverCatalog.Names)}; also {string.Join(", ", SolverCatalog.Aliases.Keys)})");
        return SolverKind.Auto;
    }
}
