namespace SpaceBridge.Scheduling.Tests.Cli;

/// <summary>The command line reads preferences, languages and interpreters and reports must-meet counts and table changes.</summary>
public class ProductModeCliTests
{
    private const string Instance = """
        {
          "format": "spacebridge-instance/1",
          "name": "product",
          "blocks": [ { "day": 0, "part": "morning", "firstSlot": 0, "slotCount": 1 } ],
          "locations": [ { "name": "T1" } ],
          "participants": [
            { "name": "KARI", "languages": ["ko"] }, { "name": "NASA", "languages": ["en"] },
            { "name": "KASA", "languages": ["ko"] }, { "name": "ESA", "languages": ["en", "fr"] }
          ],
          "meetings": [
            { "id": "heavy-optional", "participants": [2, 3], "weight": 3, "preferences": ["optional", "optional"] },
            { "id": "must", "participants": [0, 1], "preferences": ["must-meet"] }
          ],
          "interpreters": [ { "languages": ["en", "ko"], "count": 1 } ]
        }
        """;

    [Theory]
    [InlineData("heuristic")]
    [InlineData("cpsat")]
    public void Solve_places_the_must_meet_request_with_its_interpreter_and_reports_it(string solver)
    {
        using var temp = new TempDirectory();
        var run = CliRun.Of("solve", temp.File("product.json", Instance), "--solver", solver, "--time-limit", "2");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("must-meet: 1 of 1 scheduled, 0 unscheduled", run.Output);
        Assert.Contains("interpreted meetings: 1", run.Output);
        Assert.Contains("table changes lower bound for these slots: 0", run.Output);
        Assert.Contains("scheduled: 1 meetings, weight 1", run.Output);
    }
}
