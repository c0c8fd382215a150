using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.DemoData;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.News;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.News;

/// <summary>The press room in API v1: public reading of published items, organizers writing with ETag and If-Match.</summary>
public sealed class NewsApiTests(SpaceBridgeFactory factory) : IClassFixture<SpaceBridgeFactory>
{
    private static object Item(string title, bool published, string body = "Hello **world**") => new
    {
        kind = "PressRelease", title = new { en = title, ko = $"{title} (한국어)" }, body = new { en = body, ko = "안녕 **세계**" },
        licence = "CcBy40", credit = "SpaceBridge press office", published,
    };

    [Fact]
    public async Task Organizers_write_items_with_if_match_and_the_public_reads_only_published_ones()
    {
        var forumId = await factory.WithDbAsync(db => db.Forums.Where(f => f.Slug == DemoForumSeeder.ForumSlug).Select(f => f.Id).SingleAsync());
        var organizer = await factory.SignInAsync(await factory.CreateUserAsync(new TestForumRole(ForumRole.Organizer, "MSIT")));
        var delegateClient = await factory.SignInAsync(await factory.CreateUserAsync(new TestForumRole(ForumRole.Delegate)));
        var anonymous = factory.CreateClient();
        var title = $"API notice {Guid.NewGuid():N}";

        var created = await organizer.PostAsJsonAsync($"/api/v1/forums/{forumId}/news", Item(title, published: false, body: "Hi <script>alert(1)</script>"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("\"1\"", created.Headers.ETag?.ToString());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        Assert.Equal($"/api/v1/news/{id}", created.Headers.Location?.ToString());

        // A draft exists only for organizers.
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/news/{id}")).StatusCode);
        Assert.DoesNotContain(await TitlesAsync(anonymous, forumId), t => t == title);
        Assert.Contains(await TitlesAsync(organizer, forumId), t => t == title);

        // Updates need the current ETag; a stale or missing one saves nothing; a delegate may not write.
        var body = Item(title + " (published)", published: true);
        Assert.Equal(HttpStatusCode.PreconditionRequired, (await organizer.PutAsJsonAsync($"/api/v1/news/{id}", body)).StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await PutAsync(organizer, id, body, "\"0\"")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PutAsync(delegateClient, id, body, "\"1\"")).StatusCode);
        var stored = await factory.WithDbAsync(db => db.Set<NewsItem>().AsNoTracking().SingleAsync(n => n.Id == id));
        Assert.Equal((NewsStatus.Draft, 1, title), (stored.Status, stored.Revision, stored.Title.En));

        var updated = await PutAsync(organizer, id, body, "\"1\"");
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("\"2\"", updated.Headers.ETag?.ToString());

        // Published: everyone reads it, with the Markdown rendered and sanitized; writing it stays refused to a delegate.
        var read = await anonymous.GetAsync($"/api/v1/news/{id}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("\"2\"", read.Headers.ETag?.ToString());
        var detail = await read.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Published", detail.GetProperty("status").GetString());
        Assert.Contains("<strong>world</strong>", detail.GetProperty("bodyHtml").GetProperty("en").GetString());
        Assert.Contains(await TitlesAsync(anonymous, forumId), t => t == title + " (published)");
        Assert.Equal(HttpStatusCode.Forbidden, (await PutAsync(delegateClient, id, body, "\"2\"")).StatusCode);
    }

    [Fact]
    public async Task Script_in_the_Markdown_of_an_api_item_is_neutralized_and_a_bad_item_is_refused_with_nothing_stored()
    {
        var forumId = await factory.WithDbAsync(db => db.Forums.Where(f => f.Slug == DemoForumSeeder.ForumSlug).Select(f => f.Id).SingleAsync());
        var organizer = await factory.SignInAsync(await factory.CreateUserAsync(new TestForumRole(ForumRole.Organizer, "DOC")));
        var created = await organizer.PostAsJsonAsync($"/api/v1/forums/{forumId}/news",
            Item($"Script test {Guid.NewGuid():N}", published: true, body: "Hi <script>alert(1)</script> [x](javascript:alert(1))"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var html = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("bodyHtml").GetProperty("en").GetString()!;
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);

        var count = await factory.WithDbAsync(db => db.Set<NewsItem>().CountAsync());
        var noCredit = await organizer.PostAsJsonAsync($"/api/v1/forums/{forumId}/news", new
        {
            kind = "Notice", title = new { en = "No credit" }, licence = "KoglType1", published = true,
        });
        Assert.Equal(HttpStatusCode.BadRequest, noCredit.StatusCode);
        Assert.Equal("application/problem+json", noCredit.Content.Headers.ContentType?.MediaType);
        Assert.Equal(count, await factory.WithDbAsync(db => db.Set<NewsItem>().CountAsync()));
    }

    private static Task<HttpResponseMessage> PutAsync(HttpClient client, int id, object body, string ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/news/{id}") { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return client.SendAsync(request);
    }

    private static async Task<List<string?>> TitlesAsync(HttpClient client, int forumId)
    {
        var list = await client.GetFromJsonAsync<JsonElement>($"/api/v1/forums/{forumId}/news");
        return list.EnumerateArray().Select(i => i.GetProperty("title").GetProperty("en").GetString()).ToList();
    }
}
