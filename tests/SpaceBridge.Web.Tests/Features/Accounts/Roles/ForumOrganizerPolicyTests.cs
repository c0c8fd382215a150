using System.Net;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Tests.Features.CheckIn;
using SpaceBridge.Web.Tests.Infrastructure.Errors;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Accounts.Roles;

/// <summary>
/// The route-bound organizer policy on the organizer endpoint groups: who is asked to sign in (401), refused (403) or
/// told the event or session does not exist (404), and what the ProblemDetails say.
/// </summary>
public sealed class ForumOrganizerPolicyTests(SpaceBridgeFactory app) : IClassFixture<SpaceBridgeFactory>
{
    private const int NoSuchId = 987654;

    [Fact]
    public async Task A_signed_in_caller_who_does_not_organize_the_forum_gets_a_403_problem_by_cookie_and_by_bearer_token()
    {
        var eventId = await Attendees.EventIdAsync(app);
        var delegateUser = await app.CreateUserAsync(new TestForumRole(ForumRole.Delegate));

        foreach (var client in new[] { await app.SignInAsync(delegateUser), await app.CreateBearerClientAsync(delegateUser) })
        {
            var response = await client.GetAsync($"/api/v1/events/{eventId}/registrations");
            await ApiErrorAnswers.AssertShapeAsync(response, HttpStatusCode.Forbidden, "Forbidden", "Only organizers of this event's forum may do this.");
        }
    }

    [Fact]
    public async Task An_event_or_session_that_does_not_exist_is_a_404_problem_for_any_signed_in_caller()
    {
        var delegateClient = await app.SignInAsync(await app.CreateUserAsync(new TestForumRole(ForumRole.Delegate)));
        var administrator = await app.SignInAsync(await app.CreateAdministratorAsync());

        foreach (var client in new[] { delegateClient, administrator })
        {
            await ApiErrorAnswers.AssertShapeAsync(await client.GetAsync($"/api/v1/events/{NoSuchId}/attendance"),
                HttpStatusCode.NotFound, "Not found", "There is no such event.");
            await ApiErrorAnswers.AssertShapeAsync(await client.GetAsync($"/api/v1/events/{NoSuchId}/schedule-runs/1"),
                HttpStatusCode.NotFound, "Not found", "There is no such event.");
            await ApiErrorAnswers.AssertShapeAsync(await client.PostAsync($"/api/v1/sessions/{NoSuchId}/attendance", null),
                HttpStatusCode.NotFound, "Not found", "There is no such session.");
        }
    }

    [Fact]
    public async Task Anonymous_callers_are_asked_to_sign_in_even_for_an_event_that_does_not_exist()
    {
        var anonymous = app.CreateBrowserClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/v1/events/{NoSuchId}/registrations")).StatusCode);
        var page = await anonymous.GetAsync($"/organizer/events/{NoSuchId}/registrations/export");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/sign-in", page.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task The_page_side_export_refuses_with_a_403_rather_than_the_access_denied_page()
    {
        var eventId = await Attendees.EventIdAsync(app);
        var press = await app.SignInAsync(await app.CreateUserAsync(new TestForumRole(ForumRole.Press)));

        var response = await press.GetAsync($"/organizer/events/{eventId}/registrations/export");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Organizers_of_the_sessions_forum_pass_and_organizers_of_another_forum_do_not()
    {
        var sessionId = await app.WithDbAsync(db => db.Sessions.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync());
        var organizer = await app.CreateBearerClientAsync(await app.OrganizerAsync());
        var otherForumId = await app.WithDbAsync(async db =>
        {
            var forum = new SpaceBridge.Web.Features.Programme.Forums.Forum
            {
                Slug = "policy-other-forum", City = "Darmstadt", TimeZoneId = "Europe/Berlin", Name = new("Policy Forum", "정책 포럼"),
            };
            db.Forums.Add(forum);
            await db.SaveChangesAsync();
            return forum.Id;
        });
        var stranger = await app.CreateBearerClientAsync(await app.CreateUserAsync(new TestForumRole(ForumRole.Organizer, "MSIT", otherForumId)));

        // A bodiless scan passes the policy and is then refused for its missing token (400), never a 403.
        Assert.Equal(HttpStatusCode.BadRequest, (await organizer.PostAsync($"/api/v1/sessions/{sessionId}/attendance", null)).StatusCode);
        await ApiErrorAnswers.AssertShapeAsync(await stranger.PostAsync($"/api/v1/sessions/{sessionId}/attendance", null),
            HttpStatusCode.Forbidden, "Forbidden", "Only organizers of this session's forum may do this.");
    }
}
