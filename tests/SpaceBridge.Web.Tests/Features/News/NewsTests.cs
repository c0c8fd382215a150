using System.Net;
using System.Security.Claims;
using System.ServiceModel.Syndication;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpaceBridge.Web.DemoData;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.News;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Tests.Features.Statements;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.News;

public sealed class NewsTests(SpaceBridgeFactory factory) : IClassFixture<SpaceBridgeFactory>
{
    [Fact]
    public async Task The_Atom_feed_parses_and_keeps_its_entry_ids_across_an_edit()
    {
        var (forumId, organizer) = await OrganizerAsync();
        var item = await Desk(d => d.SaveAsync(forumId, null, 0, Draft("Feed test item", "피드 시험"), publish: true, organizer));
        var client = factory.CreateClient();

        var before = await ReadFeedAsync(client, forumId);
        var entry = before.Items.Single(i => i.Title.Text.Contains("Feed test item"));
        Assert.StartsWith("tag:", entry.Id);
        Assert.StartsWith("http", entry.Links.Single(l => l.RelationshipType == "alternate").Uri.AbsoluteUri);

        await Desk(d => d.SaveAsync(forumId, item.Id, item.Revision, Draft("Feed test item, corrected", "피드 시험 (정정)"), publish: true, organizer));
        var after = await ReadFeedAsync(client, forumId);
        var edited = after.Items.Single(i => i.Title.Text.Contains("corrected"));
        Assert.Equal(entry.Id, edited.Id);
        Assert.DoesNotContain(after.Items, i => i.Title.Text == entry.Title.Text);
    }

    [Fact]
    public async Task Script_in_Markdown_is_neutralized_on_the_item_page()
    {
        var (forumId, organizer) = await OrganizerAsync();
        var body = "Hello <script>alert('x')</script> [click](javascript:alert(1)) <img src=x onerror=alert(2)>\n\n**bold**";
        var item = await Desk(d => d.SaveAsync(forumId, null, 0, Draft("Script test", "스크립트 시험") with { Body = new(body, "본문") }, publish: true, organizer));
        var html = await factory.CreateClient().GetStringAsync($"/forums/{forumId}/news/{item.Id}");
        var main = html[html.IndexOf("news-body", StringComparison.Ordinal)..];
        // Raw HTML is shown as text, never as markup; the javascript: link loses its target.
        Assert.DoesNotContain("<script", main);
        Assert.DoesNotContain("<img", main);
        Assert.DoesNotContain("href=\"javascript:", main);
        Assert.Contains("<strong>bold</strong>", main);
    }

    [Fact]
    public async Task A_50_MB_file_and_a_disguised_executable_are_refused_and_nothing_is_stored()
    {
        var (forumId, organizer) = await OrganizerAsync();
        var item = await Desk(d => d.SaveAsync(forumId, null, 0, Draft("Attachment test", "첨부 시험"), publish: false, organizer));

        var big = new byte[50 * 1024 * 1024];
        "%PDF-1.7\n"u8.CopyTo(big);
        var tooLarge = await Assert.ThrowsAsync<NewsRefusal>(() => Desk(d => d.AttachAsync(forumId, item.Id, "big.pdf", new MemoryStream(big), organizer)));
        Assert.Equal(StatusCodes413, tooLarge.StatusCode);

        var exe = new byte[4096];
        "MZ"u8.CopyTo(exe);
        var disguised = await Assert.ThrowsAsync<NewsRefusal>(() => Desk(d => d.AttachAsync(forumId, item.Id, "report.pdf", new MemoryStream(exe), organizer)));
        Assert.Equal("not-pdf-or-image", disguised.Code);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Assert.False(await db.Set<NewsAttachment>().AnyAsync(a => a.NewsItemId == item.Id));
            Assert.Equal(item.Revision, (await db.Set<NewsItem>().SingleAsync(n => n.Id == item.Id)).Revision);
        }
        var pdf = await Desk(d => d.AttachAsync(forumId, item.Id, "agenda.pdf", new MemoryStream("%PDF-1.4\n%%EOF"u8.ToArray()), organizer));
        Assert.Equal("application/pdf", pdf.ContentType);
        // A draft's attachment is not public.
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/news/attachments/{pdf.Id}")).StatusCode);
    }

    private const int StatusCodes413 = 413;

    private static NewsDraft Draft(string en, string ko) =>
        new(NewsKind.PressRelease, new(en, ko), new($"About {en}.", $"{ko}에 관하여."), NewsLicence.CcBy40, "SpaceBridge test", null, null);

    private static async Task<SyndicationFeed> ReadFeedAsync(HttpClient client, int forumId)
    {
        var response = await client.GetAsync($"/forums/{forumId}/news.atom");
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        var formatter = new Atom10FeedFormatter();
        Assert.True(formatter.CanRead(reader));
        formatter.ReadFrom(reader);
        return formatter.Feed;
    }

    private async Task<(int ForumId, ClaimsPrincipal Organizer)> OrganizerAsync()
    {
        var user = await factory.CreateUserAsync(new TestForumRole(ForumRole.Organizer, "MSIT"));
        await using var scope = factory.Services.CreateAsyncScope();
        var forumId = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Forums.Where(f => f.Slug == DemoForumSeeder.ForumSlug).Select(f => f.Id).SingleAsync();
        return (forumId, StatementSetup.Principal(user));
    }

    private async Task<T> Desk<T>(Func<NewsDesk, Task<T>> action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<NewsDesk>());
    }
}
