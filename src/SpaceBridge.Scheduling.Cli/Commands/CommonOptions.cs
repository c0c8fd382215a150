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

    public static Option<SolverKind> Solver() => new("--solver")
    {
        Description = "auto, heuristic, cpsat, hybrid or lns",
        DefaultValueFactory = _ => SolverKind.Auto,
        CustomParser = r => Enum.TryParse<SolverKind>(r.Tokens.Single().Value, ignoreCase: true, out var kind)
            && Enum.IsDefined(kind) && !int.TryParse(r.Tokens.Single().Value, out _)
            ? kind
            : Fail(r),
    };

    /// <summary>One or more solvers, comma-separated, e.g. <c>hybrid,cpsat</c> to compare against a baseline.</summary>
    public static Option<SolverKind[]> Solvers() => new("--solver")
    {
        Description = "auto, heuristic, cpsat, hybrid or lns; a comma-separated list runs each instance with each",
        DefaultValueFactory = _ => [SolverKind.Auto],
        CustomParser = r =>
        {
            var kinds = new List<SolverKind>();
            foreach (var name in r.Tokens.Single().Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (Enum.TryParse<SolverKind>(name, ignoreCase: true, out var kind) && Enum.IsDefined(kind) && !int.TryParse(name, out _)) kinds.Add(kind);
                else r.AddError($"unknown solver '{name}' (auto, heuristic, cpsat, hybrid, lns)");
            }
            return [.. kinds];
        },
    };

    private static SolverKind Fail(System.CommandLine.Parsing.ArgumentResult r)
    {
        r.AddError($"unknown solver '{r.Tokens.Single().Value}' (auto, heuristic, cpsat, hybrid, lns)");
        return SolverKind.Auto;
    }
}
