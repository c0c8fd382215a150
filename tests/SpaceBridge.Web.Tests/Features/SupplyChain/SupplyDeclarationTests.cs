using System.Net;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.SupplyChain;
using SpaceBridge.Web.Tests.Features.Matchmaking.Opportunities;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.SupplyChain;

/// <summary>Declarations from the profile, the organizers' taxonomy, and refusals that change nothing.</summary>
public sealed class SupplyDeclarationTests(MatchmakingDemoFactory factory) : IClassFixture<MatchmakingDemoFactory>
{
    [Fact]
    public async Task A_delegate_declares_a_single_country_dependency_from_the_profile_and_the_map_flags_it()
    {
        var owner = await factory.DelegateOfAsync("gyeol-servicing");
        var url = $"/forums/{owner.ForumId}/organizations/{owner.OrganizationId}/supply-chain";
        var profile = await owner.Client.GetOkPageAsync($"/forums/{owner.ForumId}/organizations/{owner.OrganizationId}/profile");
        Assert.NotNull(profile.QuerySelector($"a[href='{url}']"));
        var wheels = await factory.WithDbAsync(db => db.Set<SupplyCapability>().Where(c => c.ForumId == owner.ForumId && c.Key == "reaction-wheels").Select(c => c.Id).SingleAsync());

        var saved = await owner.Client.SubmitFormAsync(url, new Dictionary<string, string>
        {
            ["Kind"] = "DependsOn", ["CapabilityId"] = wheels.ToString(), ["SupplierCountry"] = "MX",
        }, "form[action$='handler=Add']");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Reaction wheels", (await owner.Client.GetOkPageAsync(url)).QuerySelector("ul.declarations[data-kind='DependsOn']")!.TextContent);
        var organizer = await factory.SignInAsync(await factory.CreateUserAsync(new TestForumRole(ForumRole.Organizer, "MSIT")));
        var map = await organizer.GetOkPageAsync($"/forums/{owner.ForumId}/supply-chain");
        var flagged = map.QuerySelector("li.flagged[data-capability='reaction-wheels'][data-country='MX']");
        Assert.NotNull(flagged);
        Assert.Contains("Gyeol In-Orbit Services", flagged.TextContent);
        Assert.Contains("Nurimaru Precision Components", flagged.QuerySelector("ul.alternatives")!.TextContent);
    }

    [Fact]
    public async Task Bad_declarations_and_strangers_are_refused_and_nothing_is_stored()
    {
        var owner = await factory.DelegateOfAsync("arirang-software");
        var stranger = await factory.DelegateOfAsync("quill-analytics");
        var url = $"/forums/{owner.ForumId}/organizations/{owner.OrganizationId}/supply-chain";
        var before = await DatabaseFingerprint.TakeAsync(factory);

        var noCapability = await owner.Client.SubmitFormAsync(url, new Dictionary<string, string> { ["Kind"] = "DependsOn", ["CapabilityId"] = "999999", ["SupplierCountry"] = "US" }, "form[action$='handler=Add']");
        var badCountry = await owner.Client.SubmitFormAsync(url, new Dictionary<string, string> { ["Kind"] = "Supplies", ["CapabilityId"] = "abc" }, "form[action$='handler=Add']");
        var strangerGet = await stranger.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, noCapability.StatusCode);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await noCapability.Content.ReadAsStringAsync());
        Assert.Equal("true", page.QuerySelector("#CapabilityId")!.GetAttribute("aria-invalid"));
        Assert.Equal(HttpStatusCode.OK, badCountry.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, strangerGet.StatusCode);
        Assert.Empty(DatabaseFingerprint.Changed(before, await DatabaseFingerprint.TakeAsync(factory)));
    }

    [Fact]
    public async Task Organizers_edit_the_taxonomy_and_a_stale_rename_or_removing_a_declared_capability_changes_nothing()
    {
        var forumId = await factory.WithDbAsync(db => db.Forums.OrderBy(f => f.Id).Select(f => f.Id).FirstAsync());
        var organizer = await factory.SignInAsync(await factory.CreateUserAsync(new TestForumRole(ForumRole.Organizer, "MSIT")));
        var url = $"/forums/{forumId}/supply-chain/capabilities";

        var added = await organizer.SubmitFormAsync(url, new Dictionary<string, string> { ["NewKey"] = "cryocoolers", ["NewNameEn"] = "Cryocoolers", ["NewNameKo"] = "극저온 냉각기" },
            "form[action$='handler=Add']");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var cryo = await factory.WithDbAsync(db => db.Set<SupplyCapability>().AsNoTracking().SingleAsync(c => c.ForumId == forumId && c.Key == "cryocoolers"));
        Assert.Equal("극저온 냉각기", cryo.Name.Ko);

        var renamed = await organizer.SubmitFormAsync(url, new Dictionary<string, string> { ["nameEn"] = "Cryogenic coolers", ["nameKo"] = "극저온 냉각기" },
            $"#rename-{cryo.Id}");
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);

        var before = await DatabaseFingerprint.TakeAsync(factory);
        // The page read before the rename still carries version 0.
        var page = await organizer.GetDocumentAsync(url);
        var stale = (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector($"#rename-{cryo.Id}")!;
        stale.QuerySelector("input[name='version']")!.SetAttribute("value", "0");
        var staleAnswer = await organizer.SubmitAsync(stale, url, new Dictionary<string, string> { ["nameEn"] = "Overwritten" });
        var launch = await factory.WithDbAsync(db => db.Set<SupplyCapability>().AsNoTracking().SingleAsync(c => c.ForumId == forumId && c.Key == "launch"));
        var removeForm = (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelectorAll("form[action$='handler=Remove']")
            .First(f => f.QuerySelector("input[name='id']")!.GetAttribute("value") == launch.Id.ToString());
        var inUse = await organizer.SubmitAsync(removeForm, url, new Dictionary<string, string>());
        var bad = await organizer.SubmitFormAsync(url, new Dictionary<string, string> { ["NewKey"] = "Not a key!", ["NewNameEn"] = "" }, "form[action$='handler=Add']");

        Assert.Contains("Someone changed this capability", await staleAnswer.Content.ReadAsStringAsync());
        Assert.Contains("still declare this capability", await inUse.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("aria-invalid=\"true\"", await bad.Content.ReadAsStringAsync());
        Assert.Empty(DatabaseFingerprint.Changed(before, await DatabaseFingerprint.TakeAsync(factory)));
        Assert.Equal("Cryogenic coolers", (await factory.WithDbAsync(db => db.Set<SupplyCapability>().AsNoTracking().SingleAsync(c => c.Id == cryo.Id))).Name.En);
    }
}
