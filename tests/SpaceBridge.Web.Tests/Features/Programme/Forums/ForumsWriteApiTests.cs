using System.Net;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Tests.Support;
using static SpaceBridge.Web.Tests.Features.Programme.WorkspaceApi;

namespace SpaceBridge.Web.Tests.Features.Programme.Forums;

public sealed class ForumsWriteApiTests(SpaceBridgeFactory factory) : IClassFixture<SpaceBridgeFactory>
{
    private async Task<object> ForumAsync(string slug) => new
    {
        slug,
        name = Bilingual("Korea-Australia Space Forum", "한-호주 우주 포럼"),
        description = Bilingual(null, "양국 우주산업 협력"),
        city = "Busan",
        timeZone = "Asia/Seoul",
        hostOrganizationIds = new[] { await factory.WithDbAsync(db => db.Organizations.Where(o => o.Acronym == "MSIT").Select(o => o.Id).SingleAsync()) },
        languages = new[] { "ko", "en" },
    };

    [Fact]
    public async Task An_administrator_creates_a_forum_with_201_and_Location_and_its_organizers_change_it_with_If_Match()
    {
        var admin = await factory.CreateBearerClientAsync(await factory.CreateAdministratorAsync());

        using var response = await admin.SendJsonAsync(HttpMethod.Post, "/api/v1/forums", await ForumAsync("korea-australia-2026"));

        var created = await JsonAsync(response, HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();
        Assert.Equal($"/api/v1/forums/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal(["ko", "en"], created.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        Assert.Single(created.GetProperty("hostOrganizationIds").EnumerateArray());

        var changed = await ForumAsync("korea-australia-2026");
        await factory.RefusedAsync(() => admin.SendJsonAsync(HttpMethod.Put, $"/api/v1/forums/{id}", changed), HttpStatusCode.PreconditionRequired);
        await factory.RefusedAsync(() => admin.SendJsonAsync(HttpMethod.Put, $"/api/v1/forums/{id}", changed, "\"9\""), HttpStatusCode.PreconditionFailed);
        using var updated = await admin.SendJsonAsync(HttpMethod.Put, $"/api/v1/forums/{id}", changed, ETag(response));
        await JsonAsync(updated, HttpStatusCode.OK);
        Assert.Equal("\"1\"", ETag(updated));
    }

    [Fact]
    public async Task Only_platform_administrators_create_forums_and_only_organizers_change_them()
    {
        var organizer = await factory.OrganizerAsync();
        var forumId = await factory.DemoForumIdAsync();

        await factory.RefusedAsync(async () => await organizer.SendJsonAsync(HttpMethod.Post, "/api/v1/forums", await ForumAsync("not-mine")), HttpStatusCode.Forbidden);
        var outsider = await factory.DelegateAsync();
        await factory.RefusedAsync(async () => await outsider.SendJsonAsync(HttpMethod.Put, $"/api/v1/forums/{forumId}", await ForumAsync("korea-space-forum-2023"), "*"), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_forum_with_a_taken_slug_unknown_zone_or_language_is_400_with_field_errors()
    {
        var admin = await factory.CreateBearerClientAsync(await factory.CreateAdministratorAsync());
        var bad = new { slug = "korea-space-forum-2023", name = Bilingual("X", null), city = "Seoul", timeZone = "Seoul", languages = new[] { "fr" } };

        var problem = await factory.RefusedAsync(() => admin.SendJsonAsync(HttpMethod.Post, "/api/v1/forums", bad), HttpStatusCode.BadRequest);

        Assert.Equal(["Languages", "Slug", "TimeZone"], ErrorFields(problem).Order());
    }
}
