using System.Net;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Tests.Support;
using static SpaceBridge.Web.Tests.Features.Programme.WorkspaceApi;

namespace SpaceBridge.Web.Tests.Features.Programme.Events;

/// <summary>Drafts are 404 for the public and for signed-in non-organizers on every route; the forum's organizers see them there.</summary>
public sealed class DraftVisibilityTests(SpaceBridgeFactory factory) : IClassFixture<SpaceBridgeFactory>
{
    private async Task<(int DraftEvent, int SessionInDraftEvent, int PublishedEvent, int DraftSession)> DraftsAsync()
    {
        var organizer = await factory.OrganizerAsync();
        var forumId = await factory.DemoForumIdAsync();
        var draft = await organizer.EventWithRoomsAsync(forumId, $"draft-{Guid.NewGuid():N}"[..20], published: false);
        var inDraft = await JsonAsync(await organizer.SendJsonAsync(HttpMethod.Post, $"/api/v1/events/{draft.EventId}/sessions",
            NewSession("Published session of a draft event", "2026-11-10T10:00:00+09:00", "2026-11-10T11:00:00+09:00", draft.RoomA)), HttpStatusCode.Created);
        var open = await organizer.EventWithRoomsAsync(forumId, $"open-{Guid.NewGuid():N}"[..20], published: true);
        var draftSession = await JsonAsync(await organizer.SendJsonAsync(HttpMethod.Post, $"/api/v1/events/{open.EventId}/sessions",
            NewSession("Draft session", "2026-11-10T10:00:00+09:00", "2026-11-10T11:00:00+09:00", open.RoomA, published: false)), HttpStatusCode.Created);
        return (draft.EventId, inDraft.GetProperty("id").GetInt32(), open.EventId, draftSession.GetProperty("id").GetInt32());
    }

    private static string[] Routes((int DraftEvent, int SessionInDraftEvent, int PublishedEvent, int DraftSession) d) =>
    [
        $"/events/{d.DraftEvent}", $"/events/{d.DraftEvent}/agenda", $"/events/{d.DraftEvent}/speakers", $"/events/{d.DraftEvent}/organizations",
        $"/api/v1/events/{d.DraftEvent}", $"/api/v1/events/{d.DraftEvent}/sessions", $"/events/{d.DraftEvent}/agenda.ics",
        $"/sessions/{d.SessionInDraftEvent}", $"/api/v1/sessions/{d.SessionInDraftEvent}", $"/sessions/{d.SessionInDraftEvent}.ics",
        $"/sessions/{d.DraftSession}", $"/api/v1/sessions/{d.DraftSession}", $"/sessions/{d.DraftSession}.ics",
    ];

    [Fact]
    public async Task Drafts_are_404_for_visitors_and_for_signed_in_people_who_do_not_organize_the_forum()
    {
        var drafts = await DraftsAsync();
        var visitor = factory.CreateBrowserClient();
        var delegateClient = await factory.SignInAsync(await factory.CreateUserAsync(new TestForumRole(ForumRole.Delegate)));

        foreach (var client in new[] { visitor, delegateClient })
        {
            foreach (var url in Routes(drafts))
            {
                var response = await client.GetAsync(url);
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url} answered {(int)response.StatusCode}");
            }
            var list = await client.GetStringAsync("/api/v1/events?pageSize=100");
            Assert.DoesNotContain($"\"id\":{drafts.DraftEvent},", list);
            var sessions = await client.GetStringAsync($"/api/v1/events/{drafts.PublishedEvent}/sessions");
            Assert.DoesNotContain("Draft session", sessions);
            Assert.DoesNotContain("Draft session", await client.GetStringAsync($"/events/{drafts.PublishedEvent}/agenda?day=2026-11-10"));
            Assert.DoesNotContain("Draft session", await client.GetStringAsync($"/events/{drafts.PublishedEvent}/agenda.ics"));
            var forumIcs = await client.GetStringAsync($"/forums/{await factory.DemoForumIdAsync()}/agenda.ics");
            Assert.DoesNotContain("Published session of a draft event", forumIcs);
            Assert.DoesNotContain("Draft session", forumIcs);
        }
    }

    [Fact]
    public async Task The_forums_organizers_see_drafts_through_the_same_routes()
    {
        var drafts = await DraftsAsync();
        var organizer = await factory.SignInAsync(await factory.CreateUserAsync(new TestForumRole(ForumRole.Organizer, "DOC")));

        foreach (var url in Routes(drafts))
        {
            var response = await organizer.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
        }
        Assert.Contains("Draft session", await organizer.GetStringAsync($"/events/{drafts.PublishedEvent}/agenda?day=2026-11-10"));
    }
}
