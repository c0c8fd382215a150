using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Tests.Features.Matchmaking;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Pipeline;

/// <summary>Initiatives through the API: parties of different countries, visibility, updates by members with If-Match, the timeline.</summary>
public sealed class InitiativesApiTests(MeetingsApp app) : IClassFixture<MeetingsApp>
{
    private static object Fields(string title, string stage = "Exploring", string visibility = "Organizers") => new
    {
        titleEn = title, titleKo = (string?)null, kind = "MoU", stage, topic = "GroundSegment", value = 1500000m, currency = "USD",
        nextStep = "Draft the MoU text", nextStepDue = "2024-01-15", visibility,
    };

    private async Task<(int ForumId, int Us, int Kr, int OtherUs)> OrganizationsAsync() => await app.WithDbAsync(async db =>
        (await db.Events.Where(e => e.Slug.Contains("rok-us")).Select(e => e.ForumId).SingleAsync(),
         await db.Organizations.Where(o => o.Name.En == "COMSPOC").Select(o => o.Id).SingleAsync(),
         await db.Organizations.Where(o => o.Acronym == "MSIT").Select(o => o.Id).SingleAsync(),
         await db.Organizations.Where(o => o.CountryCode == "US" && o.Name.En != "COMSPOC").Select(o => o.Id).FirstAsync()));

    [Fact]
    public async Task Members_of_both_parties_update_an_initiative_with_if_match_and_outsiders_do_not_see_it()
    {
        var (forumId, us, kr, _) = await OrganizationsAsync();
        var a = await app.ParticipantAsync($"Ann {Guid.NewGuid():N}", "US", "COMSPOC");
        var b = await app.ParticipantAsync($"Kim {Guid.NewGuid():N}", "KR", "MSIT");
        var outsider = await app.ParticipantAsync($"Out {Guid.NewGuid():N}", "US", organizationName: "Elsewhere Inc.");

        var created = await a.Client.PostAsJsonAsync($"/api/v1/forums/{forumId}/initiatives",
            new { fields = Fields("Ground station MoU"), partyOrganizationIds = new[] { us, kr } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        Assert.Equal("\"0\"", created.Headers.ETag?.ToString());

        var seen = await b.Client.GetAsync($"/api/v1/forums/{forumId}/initiatives/{id}");
        Assert.Equal(HttpStatusCode.OK, seen.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Client.GetAsync($"/api/v1/forums/{forumId}/initiatives/{id}")).StatusCode);
        var outsiderList = await outsider.Client.GetFromJsonAsync<JsonElement>($"/api/v1/forums/{forumId}/initiatives");
        Assert.DoesNotContain(outsiderList.EnumerateArray(), i => i.GetProperty("id").GetInt32() == id);

        var update = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/forums/{forumId}/initiatives/{id}") { Content = JsonContent.Create(Fields("Ground station MoU", "Negotiating")) };
        update.Headers.TryAddWithoutValidation("If-Match", "\"0\"");
        var updated = await b.Client.SendAsync(update);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("\"1\"", updated.Headers.ETag?.ToString());

        // a still holds version 0: refused, and nothing is written.
        var before = await DatabaseFingerprint.TakeAsync(app);
        var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/forums/{forumId}/initiatives/{id}") { Content = JsonContent.Create(Fields("Ground station MoU", "Signed")) };
        stale.Headers.TryAddWithoutValidation("If-Match", "\"0\"");
        await ApiClient.AssertProblemAsync(await a.Client.SendAsync(stale), HttpStatusCode.PreconditionFailed);
        // A weak tag never matches, even of the current version (strong comparison, decision 008).
        var weak = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/forums/{forumId}/initiatives/{id}") { Content = JsonContent.Create(Fields("Ground station MoU", "Signed")) };
        weak.Headers.TryAddWithoutValidation("If-Match", "W/\"1\"");
        await ApiClient.AssertProblemAsync(await a.Client.SendAsync(weak), HttpStatusCode.PreconditionFailed);
        var missing = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/forums/{forumId}/initiatives/{id}") { Content = JsonContent.Create(Fields("Ground station MoU", "Signed")) };
        await ApiClient.AssertProblemAsync(await a.Client.SendAsync(missing), (HttpStatusCode)428);
        var byOutsider = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/forums/{forumId}/initiatives/{id}") { Content = JsonContent.Create(Fields("Mine now", "Dropped")) };
        byOutsider.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        await ApiClient.AssertProblemAsync(await outsider.Client.SendAsync(byOutsider), HttpStatusCode.NotFound);
        Assert.Empty(DatabaseFingerprint.Changed(before, await DatabaseFingerprint.TakeAsync(app)));

        var timeline = (await b.Client.GetFromJsonAsync<JsonElement>($"/api/v1/forums/{forumId}/initiatives/{id}")).GetProperty("timeline").EnumerateArray().ToList();
        Assert.Equal("Created", timeline[0].GetProperty("field").GetString());
        var stage = Assert.Single(timeline, c => c.GetProperty("field").GetString() == "Stage");
        Assert.Equal(("Exploring", "Negotiating", b.User.Email), (stage.GetProperty("oldValue").GetString(), stage.GetProperty("newValue").GetString(), stage.GetProperty("by").GetString()));
    }

    [Fact]
    public async Task Parties_of_one_country_or_without_the_caller_are_refused_with_400_and_nothing_is_stored()
    {
        var (forumId, us, kr, otherUs) = await OrganizationsAsync();
        var a = await app.ParticipantAsync($"Ann {Guid.NewGuid():N}", "US", "COMSPOC");
        var before = await DatabaseFingerprint.TakeAsync(app);

        var sameCountry = await a.Client.PostAsJsonAsync($"/api/v1/forums/{forumId}/initiatives",
            new { fields = Fields("US only"), partyOrganizationIds = new[] { us, otherUs } });
        await ApiClient.AssertProblemAsync(sameCountry, HttpStatusCode.BadRequest);
        var notMine = await a.Client.PostAsJsonAsync($"/api/v1/forums/{forumId}/initiatives",
            new { fields = Fields("Not mine"), partyOrganizationIds = new[] { otherUs, kr } });
        await ApiClient.AssertProblemAsync(notMine, HttpStatusCode.BadRequest);
        var noCurrency = await a.Client.PostAsJsonAsync($"/api/v1/forums/{forumId}/initiatives",
            new { fields = new { titleEn = "No currency", kind = "MoU", stage = "Exploring", value = 10m, visibility = "Public" }, partyOrganizationIds = new[] { us, kr } });
        await ApiClient.AssertProblemAsync(noCurrency, HttpStatusCode.BadRequest);

        Assert.Empty(DatabaseFingerprint.Changed(before, await DatabaseFingerprint.TakeAsync(app)));
    }

    [Fact]
    public async Task A_public_initiative_is_listed_to_anonymous_callers_and_an_organizers_one_is_not()
    {
        var (forumId, us, kr, _) = await OrganizationsAsync();
        var a = await app.ParticipantAsync($"Ann {Guid.NewGuid():N}", "US", "COMSPOC");
        var open = await a.Client.PostAsJsonAsync($"/api/v1/forums/{forumId}/initiatives",
            new { fields = Fields("Open LoI", visibility: "Public"), partyOrganizationIds = new[] { us, kr } });
        var closed = await a.Client.PostAsJsonAsync($"/api/v1/forums/{forumId}/initiatives",
            new { fields = Fields("Closed NDA", visibility: "Organizers"), partyOrganizationIds = new[] { us, kr } });
        var openId = (await open.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var closedId = (await closed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        var list = await app.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/forums/{forumId}/initiatives");
        var ids = list.EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ToList();
        Assert.Contains(openId, ids);
        Assert.DoesNotContain(closedId, ids);
    }
}
