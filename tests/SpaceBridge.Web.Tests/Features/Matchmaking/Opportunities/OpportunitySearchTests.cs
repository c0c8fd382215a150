using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Matchmaking.Opportunities;
using SpaceBridge.Web.Features.Matchmaking.Profiles;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Matchmaking.Opportunities;

public sealed class OpportunitySearchTests(MatchmakingDemoFactory factory) : IClassFixture<MatchmakingDemoFactory>
{
    /// <summary>The same question answered in memory over every open opportunity, to check the database's answer against.</summary>
    private async Task<List<Opportunity>> OpenOpportunitiesAsync(int forumId) =>
        await factory.WithDbAsync(db => db.Opportunities.AsNoTracking().Include(o => o.Organization)
            .Where(o => o.ForumId == forumId && o.IsOpen).ToListAsync());

    private static bool Mentions(Opportunity o, string word) =>
        new[] { o.Title.En, o.Title.Ko, o.Description.En, o.Description.Ko }
            .Any(t => t?.Contains(word, StringComparison.OrdinalIgnoreCase) == true);

    private static async Task<JsonElement> SearchAsync(HttpClient client, int forumId, string query)
    {
        var response = await client.GetAsync($"/api/v1/forums/{forumId}/opportunities?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Theory]
    [InlineData("공급처")]
    [InlineData("위성 제작")]
    [InlineData("ssa DATA")]
    [InlineData("Looking supplier")]
    public async Task Every_word_must_appear_in_either_language_and_case_does_not_matter(string q)
    {
        var user = await factory.SignInAsync(await factory.CreateUserAsync());
        var forumId = await factory.ForumIdAsync();
        var words = q.Split(' ');
        var expected = (await OpenOpportunitiesAsync(forumId)).Where(o => words.All(w => Mentions(o, w))).Select(o => o.Id).Order().ToList();

        var result = await SearchAsync(user, forumId, $"q={Uri.EscapeDataString(q)}&pageSize=100");

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, result.GetProperty("totalCount").GetInt32());
        Assert.Equal(expected, result.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).Order().ToList());
    }

    [Fact]
    public async Task Filters_narrow_the_results_to_what_they_name()
    {
        var user = await factory.SignInAsync(await factory.CreateUserAsync());
        var forumId = await factory.ForumIdAsync();
        var all = await OpenOpportunitiesAsync(forumId);
        var expected = all.Where(o => o.Direction == OpportunityDirection.Offer && o.Organization.CountryCode == "KR"
            && o.Areas.Contains(CapabilityArea.SatelliteManufacturing)).Select(o => o.Id).Order().ToList();

        var everything = await SearchAsync(user, forumId, "pageSize=100");
        var narrowed = await SearchAsync(user, forumId, "direction=offer&country=kr&area=SatelliteManufacturing&pageSize=100");

        Assert.Equal(all.Count, everything.GetProperty("totalCount").GetInt32());
        Assert.NotEmpty(expected);
        Assert.True(expected.Count < all.Count);
        Assert.Equal(expected, narrowed.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).Order().ToList());
        var kinds = await SearchAsync(user, forumId, "kind=Investment&pageSize=100");
        Assert.All(kinds.GetProperty("items").EnumerateArray(), i => Assert.Equal("Investment", i.GetProperty("kind").GetString()));
        Assert.Equal(all.Count(o => o.Kind == OpportunityKind.Investment), kinds.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task The_page_lists_twenty_results_with_the_count_organization_and_export_caution()
    {
        var client = (await factory.DelegateOfAsync("haneul-ground")).Client;
        var forumId = await factory.ForumIdAsync();
        var total = (await OpenOpportunitiesAsync(forumId)).Count;

        var html = await client.GetStringAsync($"/forums/{forumId}/opportunities");
        var second = await client.GetStringAsync($"/forums/{forumId}/opportunities?page=2");
        var korean = await client.GetStringAsync($"/forums/{forumId}/opportunities?q={Uri.EscapeDataString("공급처")}&culture=ko");

        Assert.True(total > 20);
        Assert.Contains($"{total} opportunities found", html);
        Assert.Equal(20, html.Split("<li id=\"opportunity-").Length - 1);
        Assert.Contains("page=2", html);
        Assert.Contains("/profile\">", html);
        Assert.Contains("opportunity-", second);
        Assert.Contains("협력 기회", korean);
        Assert.Contains("공급처", korean);
    }

    [Fact]
    public async Task An_opportunity_of_an_organization_with_controlled_items_carries_the_caution_and_others_do_not()
    {
        var client = (await factory.DelegateOfAsync("gaon-launch")).Client;
        var forumId = await factory.ForumIdAsync();
        var (flagged, plain) = await factory.WithDbAsync(async db =>
        {
            var profiles = await db.OrganizationProfiles.Where(p => p.ForumId == forumId).ToListAsync();
            var usControlled = profiles.Where(p => p.InvolvesUsExportControlledItems).Select(p => p.OrganizationId).ToHashSet();
            var clear = profiles.Where(p => !p.InvolvesUsExportControlledItems && !p.InvolvesKoreanStrategicItems).Select(p => p.OrganizationId).ToHashSet();
            var all = await db.Opportunities.AsNoTracking().Include(o => o.Organization).Where(o => o.ForumId == forumId && o.IsOpen).ToListAsync();
            return (all.First(o => usControlled.Contains(o.OrganizationId)), all.First(o => clear.Contains(o.OrganizationId)));
        });

        string ItemOf(string html, int id)
        {
            var start = html.IndexOf($"id=\"opportunity-{id}\"", StringComparison.Ordinal);
            Assert.True(start >= 0, $"opportunity {id} not listed");
            return html[start..html.IndexOf("\n    </li>", start, StringComparison.Ordinal)];
        }
        var flaggedHtml = await client.GetStringAsync($"/forums/{forumId}/opportunities?q={Uri.EscapeDataString(flagged.Title.En!)}&country={flagged.Organization.CountryCode}");
        var plainHtml = await client.GetStringAsync($"/forums/{forumId}/opportunities?q={Uri.EscapeDataString(plain.Title.En!)}&country={plain.Organization.CountryCode}");

        Assert.Contains("ITAR", ItemOf(flaggedHtml, flagged.Id));
        Assert.DoesNotContain("Export-control caution", ItemOf(plainHtml, plain.Id));
    }

    [Fact]
    public async Task Anonymous_callers_are_refused_and_bad_filters_get_a_problem_naming_them()
    {
        var forumId = await factory.ForumIdAsync();
        var anonymous = factory.CreateBrowserClient();
        var page = await anonymous.GetAsync($"/forums/{forumId}/opportunities?q=ssa");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/sign-in", page.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/v1/forums/{forumId}/opportunities")).StatusCode);

        var user = await factory.SignInAsync(await factory.CreateUserAsync());
        var bad = await user.GetAsync($"/api/v1/forums/{forumId}/opportunities?direction=sideways&kind=7&area=Mars&country=KOR&pageSize=0");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var name in new[] { "direction", "kind", "area", "country", "pageSize" })
        {
            Assert.True(errors.TryGetProperty(name, out _), $"no error for {name}");
        }
        Assert.Equal(HttpStatusCode.NotFound, (await user.GetAsync("/api/v1/forums/999999/opportunities")).StatusCode);
    }
}
