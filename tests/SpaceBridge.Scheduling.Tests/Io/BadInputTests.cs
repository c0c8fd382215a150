using System.Text;
using SpaceBridge.Scheduling.Io;

namespace SpaceBridge.Scheduling.Tests.Io;

public class BadInputTests
{
    private const string GoodDzn = """
        nBusiness = 3;
        nMeetings = 2;
        nTables = 2;
        nTotalSlots = 4;
        nMorningSlots = 2;
        requested = [| 1, 2, 3
                     | 2, 3, 3 |];
        forbidden = [{0}, {1}, {}];
        fixed = [0, 0];
        precedences = [{}, {}];
        """;

    private static InstanceFormatException Dzn(string text) =>
        Assert.Throws<InstanceFormatException>(() => DznInstanceReader.Parse(text, "bad.dzn"));

    [Fact]
    public void The_good_sample_reads()
    {
        Assert.Equal(2, DznInstanceReader.Parse(GoodDzn, "good.dzn").Meetings.Count);
    }

    [Fact]
    public void An_unknown_participant_in_a_dzn_names_its_line()
    {
        var e = Dzn(GoodDzn.Replace("| 2, 3, 3 |", "| 2, 9, 3 |"));
        Assert.Equal(7, e.Line);
        Assert.Contains("unknown participant 9", e.Message);
        Assert.StartsWith("bad.dzn:7: ", e.Message);
    }

    [Fact]
    public void A_negative_forbidden_slot_in_a_dzn_names_its_line()
    {
        var e = Dzn(GoodDzn.Replace("{1}", "{-2}"));
        Assert.Equal(8, e.Line);
        Assert.Contains("negative", e.Problem);
    }

    [Fact]
    public void An_out_of_range_fixed_slot_in_a_dzn_is_rejected()
    {
        var e = Dzn(GoodDzn.Replace("fixed = [0, 0]", "fixed = [0, 5]"));
        Assert.Equal(9, e.Line);
        Assert.Contains("outside 0..4", e.Problem);
    }

    [Fact]
    public void A_truncated_dzn_is_rejected_with_the_last_line()
    {
        var cut = GoodDzn[..GoodDzn.IndexOf("| 2, 3", StringComparison.Ordinal)];
        var e = Dzn(cut);
        Assert.Contains("end of file", e.Problem);
        Assert.Equal(7, e.Line);
    }

    [Fact]
    public void A_dzn_missing_a_parameter_is_rejected()
    {
        var e = Dzn(GoodDzn.Replace("precedences = [{}, {}];", ""));
        Assert.Contains("missing parameter 'precedences'", e.Problem);
    }

    [Fact]
    public void A_row_count_that_disagrees_with_nMeetings_is_rejected()
    {
        var e = Dzn(GoodDzn.Replace("nMeetings = 2", "nMeetings = 3"));
        Assert.Contains("expected 3", e.Problem);
    }

    private static InstanceFormatException Json(string text) =>
        Assert.Throws<InstanceFormatException>(() => InstanceJson.Parse(Encoding.UTF8.GetBytes(text), "bad.json"));

    private const string GoodJson = """
        {
          "format": "spacebridge-instance/1",
          "blocks": [ { "day": 0, "part": "morning", "firstSlot": 0, "slotCount": 4 } ],
          "locations": [ { "name": "T1" } ],
          "participants": [ { "name": "A" }, { "name": "B", "forbiddenSlots": [1] } ],
          "meetings": [
            { "participants": [0, 1] },
            { "participants": [1, 0], "pinnedSlot": 2 }
          ]
        }
        """;

    [Fact]
    public void The_good_json_sample_reads()
    {
        var instance = InstanceJson.Parse(Encoding.UTF8.GetBytes(GoodJson), "good.json");
        Assert.Equal(2, instance.Meetings.Count);
        Assert.Equal("good", instance.Name);
    }

    [Fact]
    public void An_unknown_participant_in_json_names_its_line()
    {
        var e = Json(GoodJson.Replace("[1, 0]", "[1, 7]"));
        Assert.Equal(8, e.Line);
        Assert.Contains("unknown participant 7", e.Problem);
    }

    [Fact]
    public void A_negative_slot_in_json_names_its_line()
    {
        var e = Json(GoodJson.Replace("\"forbiddenSlots\": [1]", "\"forbiddenSlots\": [-1]"));
        Assert.Equal(5, e.Line);
        Assert.Contains("negative", e.Problem);
    }

    [Fact]
    public void An_out_of_range_pinned_slot_in_json_is_rejected()
    {
        var e = Json(GoodJson.Replace("\"pinnedSlot\": 2", "\"pinnedSlot\": 4"));
        Assert.Equal(8, e.Line);
        Assert.Contains("outside", e.Problem);
    }

    [Fact]
    public void Truncated_json_is_rejected_with_a_line()
    {
        var e = Json(GoodJson[..GoodJson.IndexOf("{ \"participants\": [1", StringComparison.Ordinal)]);
        Assert.True(e.Line >= 7, e.Message);
        Assert.DoesNotContain("\n", e.Message);
    }

    [Fact]
    public void Malformed_json_is_rejected_with_a_line()
    {
        var e = Json(GoodJson.Replace("\"T1\" }", "\"T1\" ]"));
        Assert.Equal(4, e.Line);
    }

    [Fact]
    public void A_misspelt_property_in_json_is_rejected()
    {
        var e = Json(GoodJson.Replace("pinnedSlot", "pinnedSlto"));
        Assert.Equal(8, e.Line);
        Assert.Contains("pinnedSlto", e.Message);
    }
}
