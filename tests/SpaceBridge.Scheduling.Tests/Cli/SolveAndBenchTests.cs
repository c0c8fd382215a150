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
    public void Bench_on_a_pattern_that_matches_nothing_exits_two()
    {
        var run = CliRun.Of("bench", BenchData.UdgDirectory, "--pattern", "*.nothing");
        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Equal("error: no instance files match", Assert.Single(run.ErrorLines));
    }
}
