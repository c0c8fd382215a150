using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using SpaceBridge.Scheduling.Io;
using SpaceBridge.Scheduling.Solving;

namespace SpaceBridge.Scheduling.Cli.Commands;

internal static class BenchCommand
{
    public static Command Create(TextWriter output)
    {
        var inputs = new Argument<string[]>("PATHS") { Description = "Instance files or directories", Arity = ArgumentArity.OneOrMore };
        var timeLimit = CommonOptions.TimeLimit();
        var pattern = new Option<string>("--pattern") { Description = "File pattern within directories (* and ?)", DefaultValueFactory = _ => "*" };
        var format = new Option<string>("--format") { Description = "table or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var solvers = CommonOptions.Solvers();
        var seed = new Option<int>("--seed") { Description = "Random seed", DefaultValueFactory = _ => 1 };
        var deterministic = CommonOptions.Deterministic();
        var optima = new Option<FileInfo?>("--optima")
        {
            Description = "A text file of known optima, one 'instance breaks' pair per line (instance as in the output, # starts a comment): the output then says which instances reached theirs and the median time to it",
        };
        var command = new Command("bench", "Solve many instances and print one line per instance") { inputs, timeLimit, pattern, format, solvers, seed, deterministic, optima };
        command.SetAction(parse =>
        {
            var files = Expand(parse.GetRequiredValue(inputs), parse.GetValue(pattern)!);
            if (files.Count == 0) throw new ArgumentException("no instance files match");
            var known = parse.GetValue(optima) is { } optimaFile ? KnownOptima.Read(optimaFile.FullName) : null;
            var options = new SolveOptions
            {
                TimeLimit = TimeSpan.FromSeconds(parse.GetValue(timeLimit)),
                Seed = parse.GetValue(seed),
                Deterministic = parse.GetValue(deterministic),
            };
            var json = parse.GetValue(format) == "json";
            var rows = new List<BenchRow>();
            if (!json) output.WriteLine(BenchTable.Header);
            foreach (var file in files)
            {
                var instance = InstanceReader.Read(file);
                foreach (var kind in parse.GetValue(solvers)!)
                {
                    var clock = Stopwatch.StartNew();
                    var report = MeetingScheduler.Solve(instance, options with { Kind = kind });
                    var row = ToRow(report, instance.Participants.Count, instance.Meetings.Count, clock.Elapsed.TotalSeconds)
                        with { KnownOptimum = known is not null && known.TryGetValue(report.InstanceName, out var optimum) ? optimum : null };
                    rows.Add(row);
                    if (!json) output.WriteLine(BenchTable.Line(row));
                }
            }
            var peak = Process.GetCurrentProcess().PeakWorkingSet64;
            if (json) output.WriteLine(JsonSerializer.Serialize(new BenchSummary(rows, peak), BenchTable.JsonOptions));
            else BenchTable.WriteFooter(output, rows, peak);
            return rows.All(r => r.Valid) ? ExitCodes.Ok : ExitCodes.InfeasibleOrInvalid;
        });
        return command;
    }

    private static BenchRow ToRow(ScheduleReport report, int participants, int meetings, double seconds) => new(
        report.InstanceName, report.Result.Solver, participants, meetings,
        report.Metrics.ScheduledCount, report.Metrics.ScheduledWeight, report.Bounds.WeightUpperBound,
        report.Metrics.TotalBreaks, report.BreaksLowerBound, report.Metrics.BreakSpread,
        Math.Round(seconds, 2), report.ProvenOptimal, ReportWriter.Gap(report), report.IsValid,
        report.Metrics.MustMeetCount, report.Metrics.MustMeetScheduled, report.Metrics.TotalLocationChanges, report.TableChangesLowerBound.Total,
        report.ParticipantsAboveBreakBound,
        report.Result.BestFoundAfter is { } found ? Math.Round(found.TotalSeconds, 2) : null);

    private static List<string> Expand(string[] inputs, string pattern)
    {
        var files = new List<string>();
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
                files.AddRange(Directory.GetFiles(input, pattern)
                    .Where(f => f.EndsWith(".dzn", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            else if (File.Exists(input)) files.Add(input);
            else throw new ArgumentException($"{input}: no such file or directory");
        }
        return files;
    }
}
