using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.SupplyChain;
using SpaceBridge.Web.Tests.Features.Matchmaking.Opportunities;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.SupplyChain;

/// <summary>The demo forum's supply-chain map: single-country dependencies, partner-country alternatives, privacy of dependents.</summary>
public sealed class SupplyChainMapTests(MatchmakingDemoFactory factory) : IClassFixture<MatchmakingDemoFactory>
{
    private Task<int> ForumIdAsync() => factory.WithDbAsync(db => db.Forums.OrderBy(f => f.Id).Select(f => f.Id).FirstAsync());

    [Fact]
    public async Task The_demo_map_flags_star_trackers_sourced_only_from_the_United_States_with_Korean_and_Malaysian_alternatives()
    {
        var forumId = await ForumIdAsync();
        var organizer = await factory.SignInAsync(await factory.CreateUserAsync(new TestForumRole(ForumRole.Organizer, "MSIT")));

        var page = await organizer.GetOkPageAsync($"/forums/{forumId}/supply-chain");

        var flagged = page.QuerySelector("li.flagged[data-capability='star-trackers'][data-country='US']");
        Assert.NotNull(flagged);
        Assert.Contains("Solgaram Smallsat", flagged.TextContent);
        var alternatives = flagged.QuerySelectorAll("li.alternative").Select(a => a.TextContent).ToList();
        Assert.Contains(alternatives, a => a.Contains("Nurimaru Precision Components") && a.Contains("Korea"));
        Assert.Contains(alternatives, a => a.Contains("Kinabalu Crest Aerospace") && a.Contains("Malaysia"));
        Assert.DoesNotContain(alternatives, a => a.Contains("Cobalt Mesa"));
        // Each alternative is one click from a meeting request with its delegate, and from its profile's opportunities.
        var request = flagged.QuerySelector("li.alternative a[href*='/meetings/request?to=']");
        Assert.NotNull(request);
        Assert.Equal(HttpStatusCode.OK, (await organizer.GetAsync(request.GetAttribute("href"))).StatusCode);
        Assert.NotNull(flagged.QuerySelector("li.alternative a[href$='/profile']"));
        // Hanbit sources star trackers from two countries: not a single-country dependency.
        Assert.DoesNotContain("Hanbit Orbital Systems", flagged.TextContent);
        // The matrix table says the same as the drawing: star trackers are supplied from KR, MY and US (one each).
        var row = page.QuerySelector("table.supply-matrix-table tr[data-capability='star-trackers']")!;
        Assert.Equal("1", row.QuerySelector("td[data-country='MY']")!.TextContent.Trim());
        Assert.Contains("single country", row.QuerySelector("td[data-country='US']")!.TextContent);
        Assert.NotNull(page.QuerySelector("svg.supply-matrix"));
        Assert.NotNull(page.QuerySelector("svg.dependency-graph"));
    }

    [Fact]
    public async Task Participants_get_dependencies_as_aggregates_with_small_counts_hidden_and_organizers_get_names()
    {
        var forumId = await ForumIdAsync();
        var participant = await factory.DelegateOfAsync("dasom-eo");
        var organizer = await factory.SignInAsync(await factory.CreateUserAsync(new TestForumRole(ForumRole.Organizer, "MSIT")));

        var seen = await participant.Client.GetFromJsonAsync<JsonElement>($"/api/v1/forums/{forumId}/supply-chain");
        var exact = await organizer.GetFromJsonAsync<JsonElement>($"/api/v1/forums/{forumId}/supply-chain");

        static JsonElement StarTrackers(JsonElement map) =>
            map.GetProperty("capabilities").EnumerateArray().Single(c => c.GetProperty("key").GetString() == "star-trackers");
        var hidden = StarTrackers(seen).GetProperty("flagged").EnumerateArray().Single();
        var shown = StarTrackers(exact).GetProperty("flagged").EnumerateArray().Single();
        Assert.Equal("US", hidden.GetProperty("supplierCountryCode").GetString());
        Assert.Equal(JsonValueKind.Null, hidden.GetProperty("dependents").ValueKind);
        Assert.Equal(JsonValueKind.Null, hidden.GetProperty("dependentOrganizations").ValueKind);
        Assert.Equal(3, shown.GetProperty("dependents").GetInt32());
        Assert.Equal(3, shown.GetProperty("dependentOrganizations").GetArrayLength());
        // Alternatives are public capability statements: the same for both readers.
        Assert.Equal(shown.GetProperty("alternatives").GetArrayLength(), hidden.GetProperty("alternatives").GetArrayLength());
        // Four declarations of US sourcing, one of KR: shares 80% and 20%.
        Assert.Equal(6800, StarTrackers(exact).GetProperty("hhi").GetInt32());

        var page = await participant.Client.GetOkPageAsync($"/forums/{forumId}/supply-chain");
        var starTrackers = page.QuerySelector("li.flagged[data-capability='star-trackers']")!.TextContent;
        Assert.Contains("fewer than 5", starTrackers);
        Assert.DoesNotContain("Solgaram", starTrackers);

        Assert.Equal(HttpStatusCode.NotFound, (await organizer.GetAsync("/api/v1/forums/999999/supply-chain")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync($"/api/v1/forums/{forumId}/supply-chain")).StatusCode);
    }

    [Fact]
    public void The_concentration_index_is_the_sum_of_squared_percentage_shares()
    {
        Assert.Equal(10000, SupplyChainAnalysis.Hhi([7]));
        Assert.Equal(5000, SupplyChainAnalysis.Hhi([2, 2]));
        Assert.Equal(4400, SupplyChainAnalysis.Hhi([3, 1, 1]));
        Assert.Null(SupplyChainAnalysis.Hhi([]));
    }
}
