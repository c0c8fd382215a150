using System.Text.Json;
using SpaceBridge.Scheduling.Cli;

namespace SpaceBridge.Scheduling.Tests.Cli;

public class SolveAndBenchTests
{
    [Fact]
    public void Solving_a_benchmark_file_writes_a_solution_that_validate_accepts()
    {
        using var dir = new TempDirectory();
        var instance = BenchData.UdgFile("tic-12.original.dzn");
        var solution = dir.File("tic-12.solution.json");

        var solve = CliRun.Of("solve", instance, "--time-limit", "3", "--solver", "heuristic", "--out", solution);
        Assert.Equal(ExitCodes.Ok, solve.ExitCode);
        Assert.Contains("scheduled: 125 meetings", solve.Output);

        var validate = CliRun.Of("validate", instance, solution);
        Assert.Equal(ExitCodes.Ok, validate.ExitCode);
        Assert.EndsWith("valid", validate.Output.TrimEnd());
    }

    [Fact]
    public void Bench_prints_one_json_row_per_instance_and_the_peak_memory()
    {
        var run = CliRun.Of("bench", BenchData.UdgDirectory, "--pattern", "tic-12.original.dzn", "--time-limit", "2", "--solver", "heuristic", "--format", "json");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var row = Assert.Single(json.RootElement.GetProperty("instances").EnumerateArray());
        Assert.Equal("tic-12.original", row.GetProperty("instance").GetString());
        Assert.Equal(125, row.GetProperty("scheduled").GetInt32());
        Assert.True(row.GetProperty("valid").GetBoolean());
        Assert.InRange(row.GetProperty("tableChangesLowerBound").GetInt32(), 0, row.GetProperty("tableChanges").GetInt32());
        Assert.InRange(row.GetProperty("participantsAboveBreakBound").GetInt32(), 0, row.GetProperty("participants").GetInt32());
        Assert.True(json.RootElement.GetProperty("peakWorkingSetBytes").GetInt64() > 0);
    }

    [Theory]
    [InlineData("break-minimizing")]
    [InlineData("lns")]
    public void The_break_minimizing_pipeline_runs_under_its_name_and_its_former_name(string solver)
    {
        var run = CliRun.Of("bench", BenchData.UdgDirectory, "--pattern", "tic-12.original.dzn", "--time-limit", "2", "--solver", solver, "--format", "json");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var row = Assert.Single(json.RootElement.GetProperty("instances").EnumerateArray());
        Assert.Equal("break-minimizing", row.GetProperty("solver").GetString());
        Assert.True(row.GetProperty("valid").GetBoolean());
    }

    [Fact]
    public void Bench_with_known_optima_says_which_instances_reached_theirs_and_when_the_best_schedule_came()
    {
        using var dir = new TempDirectory();
        var optima = dir.File("optima.txt", "# instance, breaks\ntic-12.original 0\ntic-13.original 0 # not run\n");

        var run = CliRun.Of("bench", BenchData.UdgDirectory, "--pattern", "tic-12.original.dzn", "--time-limit", "5", "--solver", "break-minimizing",
            "--optima", optima);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var row = run.Output.Split('\n').Single(l => l.StartsWith("tic-12.original", StringComparison.Ordinal));
        var columns = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var seconds = double.Parse(columns[8], System.Globalization.CultureInfo.InvariantCulture);
        var bestAt = double.Parse(columns[9], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(bestAt, 0, seconds);
        Assert.Contains("at the known optimum: 1 of 1, median time to it", run.Output);
        Assert.Contains("proven optimal: 1, median time to the proof", run.Output);
    }

    [Fact]
    public void A_run_the_optima_file_does_not_list_has_no_known_optimum()
    {
        using var dir = new TempDirectory();
        var optima = dir.File("optima.txt", "tic-13.original 0\n");

        var run = CliRun.Of("bench", BenchData.UdgDirectory, "--pattern", "tic-12.original.dzn", "--time-limit", "2", "--solver", "heuristic",
            "--optima", optima, "--format", "json");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var row = Assert.Single(json.RootElement.GetProperty("instances").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("knownOptimum").ValueKind);
        Assert.Equal(JsonValueKind.Null, row.GetProperty("atKnownOptimum").ValueKind);
    }

    [Fact]
    public void Bench_marks_a_run_above_its_known_optimum_and_names_it()
    {
        using var dir = new TempDirectory();
        // tic-13crafc has no schedule without breaks (its optimum is 4), so a claimed optimum of 0 is missed.
        var optima = dir.File("optima.txt", "tic-13crafc.original 0\n");

        string[] bench = ["bench", BenchData.UdgDirectory, "--pattern", "tic-13crafc.original.dzn", "--time-limit", "2", "--solver", "heuristic", "--optima", optima];

        var table = CliRun.Of(bench);
        Assert.Equal(ExitCodes.Ok, table.ExitCode);
        Assert.Matches(@"at the known optimum: 0 of 1; above it: tic-13crafc\.original \(\d+ against 0\)", table.Output);

        var run = CliRun.Of([.. bench, "--format", "json"]);
        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var row = Assert.Single(json.RootElement.GetProperty("instances").EnumerateArray());
        Assert.Equal(0, row.GetProperty("knownOptimum").GetInt32());
        Assert.False(row.GetProperty("atKnownOptimum").GetBoolean());
    }

    [Theory]
    [InlineData("tic-12.original\n", "line 1: expected an instance name and a number of breaks")]
    [InlineData("tic-12.original 0\ntic-12.original 1\n", "line 2: tic-12.original is listed twice")]
    [InlineData("tic-12.original -1\n", "line 1: expected an instance name and a number of breaks")]
    public void A_malformed_optima_file_is_refused_with_its_line(string text, string message)
    {
        using var dir = new TempDirectory();
        var optima = dir.File("optima.txt", text);

        var run = CliRun.Of("bench", BenchData.UdgDirectory, "--pattern", "tic-12.original.dzn", "--optima", optima);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.EndsWith(message, Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void Bench_on_a_pattern_that_matches_nothing_exits_two()
    {
        var run = CliRun.Of("bench", BenchData.UdgDirectory, "--pattern", "*.nothing");
        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Equal("error: no instance files match", Assert.Single(run.ErrorLines));
    }
}
