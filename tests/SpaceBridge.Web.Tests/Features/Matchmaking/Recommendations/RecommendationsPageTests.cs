using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.DemoData;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Matchmaking.Recommendations;

public sealed class RecommendationsPageTests(MatchmakingDemoFactory factory) : IClassFixture<MatchmakingDemoFactory>
{
    /// <summary>Gives a new account the seeded approved registration of a demo delegate (as an organizer claiming it would).</summary>
    private async Task<(HttpClient Client, int RegistrationId, int OrganizationId, int EventId)> DelegateOfAsync(string orgKey)
    {
        var user = await factory.CreateUserAsync();
        var (registrationId, organizationId, eventId) = await factory.WithDbAsync(async db =>
        {
            var r = await db.Registrations.SingleAsync(x => x.Email == $"delegate@{orgKey}.example");
            r.UserId = user.Id;
            r.Version++;
            await db.SaveChangesAsync();
            return (r.Id, r.OrganizationId!.Value, r.EventId);
        });
        return (await factory.SignInAsync(user), registrationId, organizationId, eventId);
    }

    [Fact]
    public async Task A_delegate_sees_ranked_partners_from_other_organizations_with_reasons_and_meeting_links()
    {
        var (client, _, ownOrg, eventId) = await DelegateOfAsync("byeol-ssa");

        var html = await client.GetStringAsync($"/events/{eventId}/recommendations");

        Assert.Contains("(fictional)", html);
        Assert.DoesNotContain($"/organizations/{ownOrg}/profile\">", html[(html.IndexOf("partners-heading", StringComparison.Ordinal))..]);
        Assert.Contains($"/events/{eventId}/meetings/request?to=", html);
        Assert.Contains("You offer", html);
    }

    [Fact]
    public async Task The_api_returns_only_the_callers_own_recommendations_and_never_their_own_organization()
    {
        var (first, firstRegistration, firstOrg, eventId) = await DelegateOfAsync("gaon-launch");
        var (second, secondRegistration, _, _) = await DelegateOfAsync("prairie-ssa");

        var mine = await first.GetFromJsonAsync<JsonElement>($"/api/v1/events/{eventId}/recommendations");
        var theirs = await second.GetFromJsonAsync<JsonElement>($"/api/v1/events/{eventId}/recommendations");

        Assert.Equal(firstRegistration, mine.GetProperty("registrationId").GetInt32());
        Assert.Equal(secondRegistration, theirs.GetProperty("registrationId").GetInt32());
        var partners = mine.GetProperty("partners").EnumerateArray().ToList();
        Assert.NotEmpty(partners);
        Assert.DoesNotContain(partners, p => p.GetProperty("organizationId").GetInt32() == firstOrg);
        Assert.All(partners, p => Assert.NotEmpty(p.GetProperty("reasons").EnumerateArray()));
        Assert.DoesNotContain(partners.SelectMany(p => p.GetProperty("contacts").EnumerateArray()),
            c => c.GetProperty("registrationId").GetInt32() == firstRegistration);
    }

    [Fact]
    public async Task Reasons_are_written_in_korean_for_a_korean_reader()
    {
        var (client, _, _, eventId) = await DelegateOfAsync("haneul-ground");
        var html = await client.GetStringAsync($"/events/{eventId}/recommendations?culture=ko");
        Assert.Contains("추천 협력 상대", html);
        Assert.Contains("미팅 요청", html);
    }

    [Fact]
    public async Task Anonymous_callers_are_sent_to_sign_in_and_non_participants_are_refused_by_the_api()
    {
        var eventId = await factory.WithDbAsync(db => db.Events.Where(e => e.Slug == DemoForumSeeder.Day1Slug).Select(e => e.Id).SingleAsync());
        var anonymous = factory.CreateBrowserClient();
        var page = await anonymous.GetAsync($"/events/{eventId}/recommendations");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/account/sign-in", page.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/v1/events/{eventId}/recommendations")).StatusCode);

        var outsider = await factory.SignInAsync(await factory.CreateUserAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync($"/api/v1/events/{eventId}/recommendations")).StatusCode);
    }

    [Fact]
    public async Task A_profile_shows_its_export_control_caution_to_a_counterpart()
    {
        var (client, _, _, _) = await DelegateOfAsync("tidewater-eo");
        var (forumId, itarOrg) = await factory.WithDbAsync(async db =>
        {
            var p = await db.OrganizationProfiles.Include(x => x.Organization).FirstAsync(x => x.Organization.Name.En == "Prairie Sky Tracking (fictional)");
            return (p.ForumId, p.OrganizationId);
        });
        var html = await client.GetStringAsync($"/forums/{forumId}/organizations/{itarOrg}/profile");
        Assert.Contains("Export-control caution", html);
        Assert.Contains("ITAR", html);
    }
}
