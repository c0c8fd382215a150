using System.Net;
using System.Text.Json;
using SpaceBridge.Web.Tests.Features.CheckIn;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Exhibition;

/// <summary>The demo symposium's exhibitor directory, on the public page and in API v1.</summary>
public class ExhibitorDirectoryTests(SpaceBridgeFactory app) : IClassFixture<SpaceBridgeFactory>
{
    [Fact]
    public async Task The_api_lists_exhibitors_with_booths_and_pages_like_other_lists()
    {
        var eventId = await app.EventIdAsync();
        var client = app.CreateBrowserClient();

        var all = await JsonAsync(client, $"/api/v1/events/{eventId}/exhibitors?pageSize=100");
        var us = await JsonAsync(client, $"/api/v1/events/{eventId}/exhibitors?country=us");
        var second = await JsonAsync(client, $"/api/v1/events/{eventId}/exhibitors?page=2&pageSize=3");
        var bad = await client.GetAsync($"/api/v1/events/{eventId}/exhibitors?pageSize=0");
        var missing = await client.GetAsync("/api/v1/events/999999/exhibitors");

        var names = all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("organization").GetProperty("name").GetProperty("en").GetString()).ToList();
        Assert.Contains("LeoLabs", names);
        Assert.Contains(names, n => n!.EndsWith("(fictional)", StringComparison.Ordinal));
        Assert.Equal(["COMSPOC", "Capella Space", "Kayhan Space", "LeoLabs"],
            us.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("organization").GetProperty("name").GetProperty("en").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal("A1", all.GetProperty("items")[0].GetProperty("booths")[0].GetProperty("code").GetString());
        Assert.Equal(3, second.GetProperty("items").GetArrayLength());
        Assert.Equal(all.GetProperty("totalCount").GetInt32(), second.GetProperty("totalCount").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Theory]
    [InlineData("한빛", "Hanbit Orbital Systems (fictional)")]
    [InlineData("leolabs", "LeoLabs")]
    public async Task The_directory_finds_an_exhibitor_by_its_name_in_either_language(string search, string expected)
    {
        var eventId = await app.EventIdAsync();
        var page = await app.CreateBrowserClient().GetOkPageAsync($"/events/{eventId}/exhibition?search={Uri.EscapeDataString(search)}");

        var found = page.Texts("ul.exhibitors h4");
        Assert.Equal([expected], found);
    }

    private static async Task<JsonElement> JsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
