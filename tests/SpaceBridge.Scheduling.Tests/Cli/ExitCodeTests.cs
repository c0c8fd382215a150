using SpaceBridge.Scheduling.Cli;
using SpaceBridge.Scheduling.Io;

namespace SpaceBridge.Scheduling.Tests.Cli;

public class ExitCodeTests
{
    [Fact]
    public void Validating_a_valid_solution_exits_zero()
    {
        using var dir = new TempDirectory();
        var instance = dir.File("tiny.json", InstanceJson.Serialize(TinyInstances.Forum()));
        var solution = dir.File("tiny.solution.json", SolutionJson.Serialize(TinyInstances.ValidSchedule(), "tiny"));

        var run = CliRun.Of("validate", instance, solution);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("valid", run.Output);
        Assert.Contains("breaks: 1 total", run.Output);
    }

    [Fact]
    public void Validating_an_invalid_solution_exits_one_and_lists_the_violation()
    {
        using var dir = new TempDirectory();
        var instance = dir.File("tiny.json", InstanceJson.Serialize(TinyInstances.Forum()));
        var clash = TinyInstances.Schedule((0, 0), (0, 1), (2, 0), (3, 0), (4, 0));
        var solution = dir.File("clash.json", SolutionJson.Serialize(clash, "tiny"));

        var run = CliRun.Of("validate", instance, solution);

        Assert.Equal(ExitCodes.InfeasibleOrInvalid, run.ExitCode);
        Assert.Contains("ParticipantDoubleBooked", run.Output);
    }

    [Fact]
    public void A_dzn_with_an_unknown_participant_exits_two_with_one_line_naming_file_and_line()
    {
        using var dir = new TempDirectory();
        var text = File.ReadAllText(BenchData.UdgFile("tic-12.original.dzn")).Replace("|1, 8,3,", "|1, 99,3,");
        var path = dir.File("broken.dzn", text);

        var run = CliRun.Of("validate", path, dir.File("none.json", "{}"));

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains($"{path}:7:", line);
        Assert.Contains("unknown participant 99", line);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public void A_truncated_instance_exits_two_with_one_line()
    {
        using var dir = new TempDirectory();
        var json = InstanceJson.Serialize(TinyInstances.Forum());
        var path = dir.File("cut.json", json[..(json.Length / 2)]);

        var run = CliRun.Of("solve", path);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.StartsWith($"error: {path}:", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void A_negative_slot_in_a_solution_exits_two()
    {
        using var dir = new TempDirectory();
        var instance = dir.File("tiny.json", InstanceJson.Serialize(TinyInstances.Forum()));
        var solution = dir.File("s.json", """{ "assignments": [ { "meeting": 0, "slot": -3, "location": 0 } ] }""");

        var run = CliRun.Of("validate", instance, solution);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("negative slot -3", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void A_missing_file_exits_two()
    {
        var run = CliRun.Of("solve", "/nonexistent/forum.dzn");
        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Equal("error: /nonexistent/forum.dzn:0: file not found", Assert.Single(run.ErrorLines));
    }

    [Theory]
    [InlineData("solve")]
    [InlineData("solve", "x.dzn", "--time-limit", "abc")]
    [InlineData("solve", "x.dzn", "--solver", "magic")]
    [InlineData("frobnicate")]
    [InlineData("bench", "x", "--format", "xml")]
    public void A_bad_command_line_exits_two_with_one_line(params string[] args)
    {
        var run = CliRun.Of(args);
        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Single(run.ErrorLines);
    }

    [Fact]
    public void Generate_writes_a_readable_instance()
    {
        using var dir = new TempDirectory();
        var path = dir.File("forum.json");

        var run = CliRun.Of("generate", "--participants", "50", "--meetings", "200", "--days", "1", "--slots-per-block", "4", "--tables", "6", "--seed", "3", "--out", path);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var instance = InstanceJson.Read(path);
        Assert.Equal((50, 200, 8), (instance.Participants.Count, instance.Meetings.Count, instance.SlotCount));
        Assert.Contains("upper bound", run.Output);
    }

    [Fact]
    public void Generate_with_impossible_sizes_exits_two()
    {
        var run = CliRun.Of("generate", "--participants", "4", "--meetings", "100");
        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Single(run.ErrorLines);
    }
}
