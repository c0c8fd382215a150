using System.Diagnostics;
using System.Net;
using System.Text.Json;
using SpaceBridge.Web.Tests.Support;
using static SpaceBridge.Web.Tests.Features.Programme.WorkspaceApi;

namespace SpaceBridge.Web.Tests.Infrastructure.Caching;

/// <summary>
/// Two nodes on one PostgreSQL database, each with its own response cache: an organizer's edit on node A is on node B's
/// cached public page and API within one second, and a draft never shows on either.
/// </summary>
public sealed class PublicCacheTwoNodeTests(PostgresSpaceBridgeFactory nodeA) : IClassFixture<PostgresSpaceBridgeFactory>
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task An_organizers_edit_on_node_A_is_on_node_Bs_cached_agenda_and_API_within_one_second_and_a_draft_never_shows()
    {
        await using var nodeB = PostgresSpaceBridgeFactory.SecondNode(nodeA.ConnectionString);
        var organizer = await nodeA.OrganizerAsync();
        var forumId = await nodeA.DemoForumIdAsync();
        var ev = await organizer.EventWithRoomsAsync(forumId, $"cache-{Guid.NewGuid():N}"[..20], published: true);
        var created = await organizer.SendJsonAsync(HttpMethod.Post, $"/api/v1/events/{ev.EventId}/sessions",
            NewSession("Launch services panel", "2026-11-10T10:00:00+09:00", "2026-11-10T11:00:00+09:00", ev.RoomA));
        var session = await JsonAsync(created, HttpStatusCode.Created);
        var etag = ETag(created);

        var visitor = nodeB.CreateClient();
        var agenda = $"/events/{ev.EventId}/agenda?day=2026-11-10";
        var api = $"/api/v1/events/{ev.EventId}/sessions?pageSize=100";
        foreach (var url in new[] { agenda, api })
        {
            // Node B may still hold an answer from before the edit until its next poll (within a second): wait for it.
            var within = Stopwatch.StartNew();
            HttpResponseMessage first;
            while (!(await (first = await visitor.GetAsync(url)).Content.ReadAsStringAsync()).Contains("Launch services panel")
                && within.Elapsed < TimeSpan.FromSeconds(1))
            {
                await Task.Delay(50);
            }
            Assert.Contains("Launch services panel", await first.Content.ReadAsStringAsync());
            // B may have answered before its poll saw A's write, and that poll then evicts once: let it pass (polls run
            // every 250 ms), then two requests in a row must get the same stored answer.
            await Task.Delay(TimeSpan.FromMilliseconds(750));
            first = await visitor.GetAsync(url);
            var second = await visitor.GetAsync(url);
            // The same stored answer both times: node B serves these from its cache.
            Assert.NotNull(first.Headers.ETag);
            Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        }

        var draft = await organizer.SendJsonAsync(HttpMethod.Post, $"/api/v1/events/{ev.EventId}/sessions",
            NewSession("Unannounced keynote", "2026-11-10T13:00:00+09:00", "2026-11-10T14:00:00+09:00", ev.RoomB, published: false));
        await JsonAsync(draft, HttpStatusCode.Created);
        var renamed = await organizer.SendJsonAsync(HttpMethod.Put, $"/api/v1/sessions/{session.GetProperty("id").GetInt32()}",
            NewSession("Launch services and spaceports panel", "2026-11-10T10:00:00+09:00", "2026-11-10T11:00:00+09:00", ev.RoomA), etag);
        await JsonAsync(renamed, HttpStatusCode.OK);
        var edited = Stopwatch.StartNew();

        var (agendaSeen, apiSeen) = (TimeSpan.Zero, TimeSpan.Zero);
        while ((agendaSeen == TimeSpan.Zero || apiSeen == TimeSpan.Zero) && edited.Elapsed < TimeSpan.FromSeconds(5))
        {
            if (agendaSeen == TimeSpan.Zero && (await visitor.GetStringAsync(agenda)).Contains("Launch services and spaceports panel"))
            {
                agendaSeen = edited.Elapsed;
            }
            if (apiSeen == TimeSpan.Zero && (await visitor.GetStringAsync(api)).Contains("Launch services and spaceports panel"))
            {
                apiSeen = edited.Elapsed;
            }
            await Task.Delay(20);
        }
        Assert.True(agendaSeen > TimeSpan.Zero && agendaSeen <= Within, $"node B's agenda showed the edit after {agendaSeen.TotalMilliseconds:0} ms");
        Assert.True(apiSeen > TimeSpan.Zero && apiSeen <= Within, $"node B's API showed the edit after {apiSeen.TotalMilliseconds:0} ms");

        // The organizer (signed in) sees the draft; the public, from either node's cache, never does.
        var organizerPage = await (await nodeB.SignInAsync(await nodeB.CreateUserAsync(new TestForumRole(SpaceBridge.Web.Features.Accounts.Roles.ForumRole.Organizer, "MSIT"))))
            .GetStringAsync(agenda);
        Assert.Contains("Unannounced keynote", organizerPage);
        foreach (var node in new SpaceBridgeFactory[] { nodeA, nodeB })
        {
            var client = node.CreateClient();
            foreach (var url in new[] { agenda, api, $"/events/{ev.EventId}/agenda.ics" })
            {
                Assert.DoesNotContain("Unannounced keynote", await client.GetStringAsync(url));
                Assert.DoesNotContain("Unannounced keynote", await client.GetStringAsync(url));
            }
        }
    }

    [Fact]
    public async Task A_renamed_event_reaches_node_Bs_cache_within_one_second()
    {
        await using var nodeB = PostgresSpaceBridgeFactory.SecondNode(nodeA.ConnectionString);
        var organizer = await nodeA.OrganizerAsync();
        var forumId = await nodeA.DemoForumIdAsync();
        var slug = $"cache-{Guid.NewGuid():N}"[..20];
        var ev = await organizer.EventWithRoomsAsync(forumId, slug, published: true);
        var visitor = nodeB.CreateClient();
        var page = $"/events/{ev.EventId}";
        Assert.Contains("Space Supply Chain Day", await visitor.GetStringAsync(page));

        var current = await organizer.GetAsync($"/api/v1/events/{ev.EventId}");
        var body = JsonSerializer.Deserialize<Dictionary<string, object?>>(NewEventJson(slug, "Space Supply Chain Summit"))!;
        var renamed = await organizer.SendJsonAsync(HttpMethod.Put, $"/api/v1/events/{ev.EventId}", body, ETag(current));
        await JsonAsync(renamed, HttpStatusCode.OK);
        var edited = Stopwatch.StartNew();
        while (!(await visitor.GetStringAsync(page)).Contains("Space Supply Chain Summit") && edited.Elapsed < TimeSpan.FromSeconds(5))
        {
            await Task.Delay(20);
        }
        Assert.True(edited.Elapsed <= Within, $"node B's event page showed the new name after {edited.Elapsed.TotalMilliseconds:0} ms");
    }

    private static string NewEventJson(string slug, string name) =>
        JsonSerializer.Serialize(NewEvent(slug, published: true), ApiJson.Options).Replace("Space Supply Chain Day", name);
}
