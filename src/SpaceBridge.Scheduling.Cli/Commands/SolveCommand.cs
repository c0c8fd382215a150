using System.CommandLine;
using SpaceBridge.Scheduling.Io;
using SpaceBridge.Scheduling.Solving;

namespace SpaceBridge.Scheduling.Cli.Commands;

internal static class SolveCommand
{
    public static Command Create(TextWriter output)
    {
        var instance = new Argument<FileInfo>("INSTANCE") { Description = "Instance file (.json or .dzn)" };
        var timeLimit = CommonOptions.TimeLimit();
        var seed = new Option<int>("--seed") { Description = "Random seed", DefaultValueFactory = _ => 1 };
        var solver = CommonOptions.Solver();
        var deterministic = CommonOptions.Deterministic();
        var outFile = new Option<FileInfo?>("--out") { Description = "Write the solution as JSON to this file" };
        var command = new Command("solve", "Schedule the meetings of an instance") { instance, timeLimit, seed, solver, deterministic, outFile };
        command.SetAction(parse =>
        {
            var path = parse.GetRequiredValue(instance).FullName;
            var model = InstanceReader.Read(path);
            var options = new SolveOptions
            {
                TimeLimit = TimeSpan.FromSeconds(parse.GetValue(timeLimit)),
                Seed = parse.GetValue(seed),
                Kind = parse.GetValue(solver),
                Deterministic = parse.GetValue(deterministic),
            };
            var report = MeetingScheduler.Solve(model, options);
            ReportWriter.WriteSummary(output, report);
            if (parse.GetValue(outFile) is { } file) SolutionJson.Write(report.Result.Solution, model.Name, file.FullName);
            return report.IsValid ? ExitCodes.Ok : ExitCodes.InfeasibleOrInvalid;
        });
        return command;
    }
}
