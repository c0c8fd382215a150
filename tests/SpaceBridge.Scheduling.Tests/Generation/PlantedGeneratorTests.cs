using SpaceBridge.Scheduling.Generation;
using SpaceBridge.Scheduling.Io;
using SpaceBridge.Scheduling.Model;
using SpaceBridge.Scheduling.Tests.Cli;
using SpaceBridge.Scheduling.Validation;

namespace SpaceBridge.Scheduling.Tests.Generation;

/// <summary>Instances with a planted zero-break schedule: the schedule is valid, complete, break-free and fills every table.</summary>
public class PlantedGeneratorTests
{
    [Theory]
    [InlineData(1500, 2, 8, 1)]
    [InlineData(1500, 2, 8, 2)]
    [InlineData(3200, 2, 10, 3)]
    [InlineData(5000, 3, 10, 4)]
    public void Planted_schedule_is_valid_complete_and_has_no_break(int meetings, int days, int slotsPerBlock, int seed)
    {
        var (instance, planted) = PlantedGenerator.Generate(new PlantedOptions { Meetings = meetings, Days = days, SlotsPerBlock = slotsPerBlock, Seed = seed });

        var report = ScheduleValidator.Validate(instance, planted);

        Assert.True(report.IsValid, string.Join("; ", report.Violations.Take(5)));
        Assert.Equal(0, report.Metrics.TotalBreaks);
        Assert.Equal(instance.Meetings.Count, report.Metrics.ScheduledCount);
        Assert.True(instance.Rules.RequireAllMeetings);
        Assert.InRange(instance.Meetings.Count, meetings - instance.SlotCount / 2, meetings + instance.SlotCount / 2);
        // Tight tables: every table is busy in every slot.
        Assert.All(planted.Assignments.GroupBy(a => a.Slot), slot => Assert.Equal(instance.Locations.Count, slot.Count()));
        Assert.Equal(instance.SlotCount, planted.Assignments.Select(a => a.Slot).Distinct().Count());
        // No pair is requested twice, and participants do have breaks to avoid: most meet in more than one run of slots.
        Assert.Equal(instance.Meetings.Count, instance.Meetings.Select(m => (Math.Min(m.Participants[0], m.Participants[1]), Math.Max(m.Participants[0], m.Participants[1]))).Distinct().Count());
        Assert.Contains(instance.Participants, p => p.ForbiddenSlots.Count > 0);
    }

    [Fact]
    public void The_request_order_does_not_give_the_schedule_away()
    {
        var (_, planted) = PlantedGenerator.Generate(new PlantedOptions { Meetings = 1500, Seed = 5 });
        var slots = planted.Assignments.OrderBy(a => a.Meeting).Select(a => a.Slot!.Value).ToList();
        Assert.NotEqual(slots.Order().ToList(), slots);
    }

    [Fact]
    public void Same_options_and_seed_give_the_same_instance_and_another_seed_another()
    {
        var options = new PlantedOptions { Meetings = 1500, Seed = 9 };
        var first = PlantedGenerator.Generate(options);
        var again = PlantedGenerator.Generate(options);
        var other = PlantedGenerator.Generate(options with { Seed = 10 });

        Assert.Equal(InstanceJson.Serialize(first.Instance), InstanceJson.Serialize(again.Instance));
        Assert.NotEqual(InstanceJson.Serialize(first.Instance), InstanceJson.Serialize(other.Instance));
    }

    [Fact]
    public void Cli_writes_the_instance_and_its_planted_schedule_which_validate_clean()
    {
        using var temp = new TempDirectory();
        var instanceFile = temp.File("planted.json");
        var solutionFile = temp.File("planted-solution.json");

        var generated = CliRun.Of("generate", "--planted", "--meetings", "1500", "--days", "2", "--slots-per-block", "8", "--seed", "3",
            "--out", instanceFile, "--planted-solution", solutionFile);
        var validated = CliRun.Of("validate", instanceFile, solutionFile);

        Assert.Equal(0, generated.ExitCode);
        Assert.Contains("optimum 0 breaks", generated.Output);
        Assert.Equal(0, validated.ExitCode);
        Assert.Contains("breaks: 0 total", validated.Output);
        Assert.Contains("valid", validated.Output);
    }

    [Fact]
    public void Cli_refuses_a_planted_solution_without_planted()
    {
        using var temp = new TempDirectory();
        var run = CliRun.Of("generate", "--participants", "20", "--meetings", "30", "--tables", "5", "--planted-solution", temp.File("x.json"));
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--planted-solution needs --planted", run.Error);
    }
}
