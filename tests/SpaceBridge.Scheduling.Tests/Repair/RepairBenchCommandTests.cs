using SpaceBridge.Scheduling.Tests.Cli;

namespace SpaceBridge.Scheduling.Tests.Repair;

public class RepairBenchCommandTests
{
    [Fact]
    public void Repair_bench_repairs_a_generated_forum_and_reports_a_valid_schedule()
    {
        using var dir = new TempDirectory();
        var file = dir.File("forum.json");
        Assert.Equal(0, CliRun.Of("generate", "--participants", "60", "--meetings", "300", "--tables", "10", "--out", file).ExitCode);

        var run = CliRun.Of("repair-bench", file, "--time-limit", "2");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("cancelled 15, new requests 15", run.Output);
        Assert.Contains("repair: ", run.Output);
        Assert.EndsWith("valid", run.Output.TrimEnd());
    }

    [Fact]
    public void Repair_bench_names_a_missing_file_with_exit_code_2()
    {
        var run = CliRun.Of("repair-bench", "/nonexistent/forum.json");
        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
    }
}
