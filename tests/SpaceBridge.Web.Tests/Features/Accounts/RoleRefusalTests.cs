using System.Net;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Tests.Features.Registrations;
using SpaceBridge.Web.Tests.Infrastructure.Errors;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Accounts;

/// <summary>A refusal for lack of a role names the role, in both languages, on pages and on the API.</summary>
public sealed class RoleRefusalTests(RegistrationApp app) : IClassFixture<RegistrationApp>
{
    private static async Task<(string Title, string Text)> ForbiddenPageAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        Assert.DoesNotContain("Something went wrong", html);
        return (document.QuerySelector("h1")!.TextContent.Trim(), document.QuerySelector("main")?.TextContent ?? document.Body!.TextContent);
    }

    [Fact]
    public async Task The_review_queue_tells_a_delegate_it_is_for_the_events_organizers_in_english_and_korean()
    {
        var eventId = await app.EventIdAsync();
        var client = await app.SignedInAsync("not-an-organizer@example.com");

        var (title, text) = await ForbiddenPageAsync(await client.GetAsync($"/organizer/events/{eventId}/registrations"));
        Assert.Equal("Access denied", title);
        Assert.Contains("This page is for organizers of this event's forum.", text);

        var (koTitle, koText) = await ForbiddenPageAsync(await client.GetAsync($"/organizer/events/{eventId}/registrations?culture=ko"));
        Assert.Equal("접근 권한 없음", koTitle);
        Assert.Contains("이 페이지는 이 행사를 여는 포럼의 주최자만 이용할 수 있습니다.", koText);
    }

    [Fact]
    public async Task A_policy_guarded_page_names_the_forum_organizer_role()
    {
        var eventId = await app.EventIdAsync();
        var client = await app.SignInAsync(await app.CreateUserAsync(new TestForumRole(ForumRole.Delegate)));
        var (_, text) = await ForbiddenPageAsync(await client.GetAsync($"/organizer/events/{eventId}/check-in"));
        Assert.Contains("This page is for organizers of a forum.", text);
    }

    [Fact]
    public async Task Matchmaking_pages_name_the_approved_registration_they_need()
    {
        var eventId = await app.EventIdAsync();
        var client = await app.SignedInAsync("no-registration@example.com");
        var (_, text) = await ForbiddenPageAsync(await client.GetAsync($"/events/{eventId}/participants"));
        Assert.Contains("This page is for participants with an approved registration for this event.", text);
    }

    [Fact]
    public async Task A_refused_form_post_answers_the_same_page()
    {
        var forumId = await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(db.Forums.Select(f => f.Id)));
        var organizationId = await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(db.Organizations.Select(o => o.Id)));
        var client = await app.SignedInAsync("not-a-delegate@example.com");
        var (_, text) = await ForbiddenPageAsync(await client.GetAsync($"/forums/{forumId}/organizations/{organizationId}/profile/edit"));
        Assert.Contains("approved delegates of this organization and the forum's organizers", text);
    }

    [Fact]
    public async Task The_api_names_the_role_in_the_problem_detail()
    {
        var eventId = await app.EventIdAsync();
        var client = await app.SignedInAsync("api-refused@example.com");
        var response = await client.GetAsync($"/api/v1/events/{eventId}/registrations");
        await ApiErrorAnswers.AssertShapeAsync(response, HttpStatusCode.Forbidden, "Forbidden", "Only organizers of this event's forum may do this.");
    }
}
