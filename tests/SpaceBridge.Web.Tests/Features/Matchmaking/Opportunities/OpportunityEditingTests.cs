using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Matchmaking.Opportunities;
using SpaceBridge.Web.Features.Matchmaking.Profiles;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Matchmaking.Opportunities;

public sealed class OpportunityEditingTests(MatchmakingDemoFactory factory) : IClassFixture<MatchmakingDemoFactory>
{
    private Task<Opportunity> FirstOpportunityOfAsync(int organizationId) =>
        factory.WithDbAsync(db => db.Opportunities.AsNoTracking().Where(o => o.OrganizationId == organizationId && o.IsOpen).OrderBy(o => o.Id).FirstAsync());

    private static Dictionary<string, string> NewOpportunity(string titleEn) => new()
    {
        ["Input.Direction"] = "Request", ["Input.Kind"] = "JointResearch", ["Input.TitleEn"] = titleEn, ["Input.TitleKo"] = "",
        ["Input.DescriptionEn"] = "", ["Input.DescriptionKo"] = "궤도 잔해 추적 공동 연구를 찾습니다.", ["Input.Areas"] = "SpaceSituationalAwareness",
    };

    [Fact]
    public async Task The_owner_publishes_an_opportunity_that_search_finds_then_closes_it()
    {
        var owner = await factory.DelegateOfAsync("gaon-launch");
        var url = $"/forums/{owner.ForumId}/organizations/{owner.OrganizationId}/opportunities/new";

        var created = await owner.Client.SubmitFormAsync(url, NewOpportunity("Debris tracking zephyrine study"));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var saved = await factory.WithDbAsync(db => db.Opportunities.AsNoTracking().SingleAsync(o => o.Title.En == "Debris tracking zephyrine study"));
        Assert.Equal(owner.OrganizationId, saved.OrganizationId);
        Assert.Equal([CapabilityArea.SpaceSituationalAwareness], saved.Areas);
        Assert.Null(saved.Title.Ko);
        Assert.Contains($"opportunity-{saved.Id}", await owner.Client.GetStringAsync($"/forums/{owner.ForumId}/opportunities?q=ZEPHYRINE+잔해"));

        var closed = await owner.Client.SubmitFormAsync($"/forums/{owner.ForumId}/opportunities/{saved.Id}/edit", new Dictionary<string, string>(), "#close-form");

        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Opportunities.Where(o => o.Id == saved.Id).Select(o => o.IsOpen).SingleAsync()));
        Assert.DoesNotContain($"opportunity-{saved.Id}", await owner.Client.GetStringAsync($"/forums/{owner.ForumId}/opportunities?q=zephyrine"));
    }

    [Fact]
    public async Task A_delegate_of_another_organization_cannot_edit_close_or_publish_and_nothing_changes()
    {
        var owner = await factory.DelegateOfAsync("prairie-ssa");
        var stranger = await factory.DelegateOfAsync("byeol-ssa");
        var target = await FirstOpportunityOfAsync(owner.OrganizationId);
        var count = await factory.WithDbAsync(db => db.Opportunities.CountAsync());
        // The stranger's own edit form carries a valid antiforgery token; it is sent to the other organization's URLs.
        var ownForm = (await stranger.Client.GetDocumentAsync($"/forums/{stranger.ForumId}/opportunities/{(await FirstOpportunityOfAsync(stranger.OrganizationId)).Id}/edit"))
            .QuerySelector("#opportunity-form") as IHtmlFormElement;
        var editUrl = $"/forums/owner.ForumId/opportunities/{target.Id}/edit".Replace("owner.ForumId", owner.ForumId.ToString());

        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.Client.GetAsync(editUrl)).StatusCode);
        var edit = await stranger.Client.SubmitAsync(ownForm!, editUrl, new Dictionary<string, string> { ["Input.TitleEn"] = "Hijacked" });
        var close = await stranger.Client.SubmitAsync(ownForm!, editUrl + "?handler=Close", new Dictionary<string, string>());
        var publish = await stranger.Client.SubmitAsync(ownForm!, $"/forums/{owner.ForumId}/organizations/{owner.OrganizationId}/opportunities/new",
            NewOpportunity("Planted by a stranger"));
        var profile = await stranger.Client.SubmitAsync(ownForm!, $"/forums/{owner.ForumId}/organizations/{owner.OrganizationId}/profile/edit",
            new Dictionary<string, string> { ["Input.DescriptionEn"] = "Hijacked" });

        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, close.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, profile.StatusCode);
        var after = await factory.WithDbAsync(db => db.Opportunities.AsNoTracking().SingleAsync(o => o.Id == target.Id));
        Assert.Equal(target.Title.En, after.Title.En);
        Assert.True(after.IsOpen);
        Assert.Equal(count, await factory.WithDbAsync(db => db.Opportunities.CountAsync()));
        Assert.False(await factory.WithDbAsync(db => db.OrganizationProfiles.AnyAsync(p => p.Description.En == "Hijacked")));
        Assert.DoesNotContain("profile/edit", await stranger.Client.GetStringAsync($"/forums/{owner.ForumId}/organizations/{owner.OrganizationId}/profile"));
    }

    [Fact]
    public async Task Invalid_input_is_shown_beside_the_fields_and_leaves_the_database_unchanged()
    {
        var owner = await factory.DelegateOfAsync("haneul-ground");
        var target = await FirstOpportunityOfAsync(owner.OrganizationId);
        var count = await factory.WithDbAsync(db => db.Opportunities.CountAsync());

        var edit = await owner.Client.SubmitFormAsync($"/forums/{owner.ForumId}/opportunities/{target.Id}/edit",
            new Dictionary<string, string> { ["Input.TitleEn"] = " ", ["Input.TitleKo"] = "", ["Input.Kind"] = "42" });
        var created = await owner.Client.SubmitFormAsync($"/forums/{owner.ForumId}/organizations/{owner.OrganizationId}/opportunities/new",
            new Dictionary<string, string> { ["Input.Direction"] = "Offer", ["Input.Kind"] = "Supply", ["Input.TitleEn"] = "No areas ticked", ["Input.DescriptionEn"] = "x" });

        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        var html = await edit.Content.ReadAsStringAsync();
        Assert.Contains("Give a title in English or in Korean.", html);
        Assert.Contains("Choose the kind of opportunity.", html);
        Assert.Contains("Tick at least one area.", await created.Content.ReadAsStringAsync());
        var after = await factory.WithDbAsync(db => db.Opportunities.AsNoTracking().SingleAsync(o => o.Id == target.Id));
        Assert.Equal((target.Title.En, target.Title.Ko, target.Kind), (after.Title.En, after.Title.Ko, after.Kind));
        Assert.Equal(count, await factory.WithDbAsync(db => db.Opportunities.CountAsync()));
    }

    [Fact]
    public async Task The_owner_edits_the_profile_and_counterparts_see_the_new_export_caution()
    {
        var owner = await factory.DelegateOfAsync("tidewater-eo");
        var reader = await factory.DelegateOfAsync("gaon-launch");
        var profileUrl = $"/forums/{owner.ForumId}/organizations/{owner.OrganizationId}/profile";
        Assert.Contains("profile/edit", await owner.Client.GetStringAsync(profileUrl));

        var saved = await owner.Client.SubmitFormAsync(profileUrl + "/edit", new Dictionary<string, string>
        {
            ["Input.DescriptionEn"] = "Hyperspectral tiles of coastal waters", ["Input.InvolvesKoreanStrategicItems"] = "true",
        });
        var invalid = await owner.Client.SubmitFormAsync(profileUrl + "/edit", new Dictionary<string, string>
        {
            ["Input.DescriptionEn"] = "", ["Input.DescriptionKo"] = "", ["Input.TopicSlugs"] = "not-a-topic",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.Contains("Choose topics from the forum", await invalid.Content.ReadAsStringAsync());
        var html = await reader.Client.GetStringAsync(profileUrl);
        Assert.Contains("Hyperspectral tiles of coastal waters", html);
        Assert.Contains("Korean strategic items", html);
        Assert.DoesNotContain("profile/edit", html);
    }

    [Fact]
    public async Task An_organizer_of_the_forum_may_edit_any_organizations_opportunity()
    {
        var organizer = await factory.SignInAsync(await factory.CreateUserAsync(new TestForumRole(ForumRole.Organizer, "MSIT")));
        var someone = await factory.DelegateOfAsync("byeol-ssa");
        var target = await FirstOpportunityOfAsync(someone.OrganizationId);

        var response = await organizer.SubmitFormAsync($"/forums/{someone.ForumId}/opportunities/{target.Id}/edit",
            new Dictionary<string, string> { ["Input.TitleEn"] = "Corrected by the organizers" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Corrected by the organizers", await factory.WithDbAsync(db => db.Opportunities.Where(o => o.Id == target.Id).Select(o => o.Title.En).SingleAsync()));
    }
}
