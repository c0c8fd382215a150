using System.CommandLine;
using SpaceBridge.Scheduling.Cli.Commands;
using SpaceBridge.Scheduling.Io;

namespace SpaceBridge.Scheduling.Cli;

/// <summary>
/// The <c>spacebridge-scheduler</c> command line. Every failure ends in one line on the error
/// writer and an exit code from <see cref="ExitCodes"/>, never a stack trace.
/// </summary>
public static class SchedulerCli
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Schedules B2B meetings: solve, validate, generate and benchmark instance files.")
        {
            SolveCommand.Create(output),
            ValidateCommand.Create(output),
            GenerateCommand.Create(output),
            BenchCommand.Create(output),
            RepairBench.Create(output),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            error.WriteLine($"error: {OneLine(parsed.Errors[0].Message)} (see --help)");
            return ExitCodes.BadInput;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (InstanceFormatException e)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (e is ArgumentException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            error.WriteLine($"error: {OneLine(e.Message)}");
            return ExitCodes.BadInput;
        }
        catch (Exception e)
        {
            // A failure inside a solver is not the user's input; still one line, never a stack trace.
            error.WriteLine($"error: the scheduler failed: {e.GetType().Name}: {OneLine(e.Message)}");
            return ExitCodes.InfeasibleOrInvalid;
        }
    }

    internal static string OneLine(string text) =>
        string.Join(" ", text.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
