using System.CommandLine;
using SpaceBridge.Scheduling.Io;
using SpaceBridge.Scheduling.Validation;

namespace SpaceBridge.Scheduling.Cli.Commands;

internal static class ValidateCommand
{
    public static Command Create(TextWriter output)
    {
        var instance = new Argument<FileInfo>("INSTANCE") { Description = "Instance file (.json or .dzn)" };
        var solution = new Argument<FileInfo>("SOLUTION") { Description = "Solution file (.json)" };
        var command = new Command("validate", "Check a solution against every hard constraint and print its metrics") { instance, solution };
        command.SetAction(parse =>
        {
            var model = InstanceReader.Read(parse.GetRequiredValue(instance).FullName);
            var schedule = SolutionJson.Read(parse.GetRequiredValue(solution).FullName, model);
            var report = ScheduleValidator.Validate(model, schedule);
            foreach (var violation in report.Violations.Take(50)) output.WriteLine($"violation: {violation}");
            if (report.Violations.Count > 50) output.WriteLine($"... and {report.Violations.Count - 50} more");
            ReportWriter.WriteMetrics(output, report.Metrics);
            output.WriteLine(report.IsValid ? "valid" : $"invalid: {report.Violations.Count} violation(s)");
            return report.IsValid ? ExitCodes.Ok : ExitCodes.InfeasibleOrInvalid;
        });
        return command;
    }
}
