using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.DemoData;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Pipeline;

/// <summary>Public initiatives reach the event page; organizers count party-only initiatives without seeing them.</summary>
public sealed class PipelineVisibilityPagesTests(SpaceBridgeFactory factory) : IClassFixture<SpaceBridgeFactory>
{
    [Fact]
    public async Task The_public_event_page_links_public_initiatives_only()
    {
        var eventId = await factory.WithDbAsync(db => db.Events.Where(e => e.Slug == DemoForumSeeder.Day1Slug).Select(e => e.Id).SingleAsync());
        var page = await factory.CreateBrowserClient().GetOkPageAsync($"/events/{eventId}");
        var links = page.QuerySelectorAll("#public-initiatives a").Select(a => a.TextContent).ToList();
        Assert.Contains(links, t => t.Contains("Space situational awareness data sharing"));
        Assert.DoesNotContain(links, t => t.Contains("Ground station capacity lease"));
        Assert.DoesNotContain("Launch services letter of intent", page.Body!.TextContent);
    }

    [Fact]
    public async Task Organizers_see_party_only_initiatives_as_counts_by_stage_and_nothing_else()
    {
        var forumId = await factory.WithDbAsync(db => db.Forums.Where(f => f.Slug == DemoForumSeeder.ForumSlug).Select(f => f.Id).SingleAsync());
        var organizer = await factory.SignInAsync(await factory.CreateUserAsync(new TestForumRole(ForumRole.Organizer, "MSIT")));
        var before = await organizer.GetOkPageAsync($"/forums/{forumId}/pipeline");
        Assert.Equal("1", before.QuerySelector("#parties-only tr[data-key=Dropped] .count")?.TextContent);
        Assert.DoesNotContain("Launch services letter of intent", before.Body!.TextContent);

        // Another party-only initiative at another stage changes the count there, still without its title.
        await factory.WithDbAsync(async db =>
        {
            var template = await db.Initiatives.Include(i => i.Parties).AsNoTracking().FirstAsync(i => i.ForumId == forumId && i.Title.En!.StartsWith("Launch services"));
            db.Initiatives.Add(new()
            {
                ForumId = forumId, Title = new("Secret antenna deal", "비공개 안테나 계약"), Kind = template.Kind, Stage = SpaceBridge.Web.Features.Pipeline.Initiatives.InitiativeStage.Negotiating,
                Visibility = SpaceBridge.Web.Features.Pipeline.Initiatives.InitiativeVisibility.PartiesOnly, CreatedAtUtc = DateTime.UtcNow, LastChangedAtUtc = DateTime.UtcNow,
                Parties = template.Parties.Select(p => new SpaceBridge.Web.Features.Pipeline.Initiatives.InitiativeParty { OrganizationId = p.OrganizationId }).ToList(),
            });
            return await db.SaveChangesAsync();
        });
        var after = await organizer.GetOkPageAsync($"/forums/{forumId}/pipeline");
        Assert.Equal("1", after.QuerySelector("#parties-only tr[data-key=Negotiating] .count")?.TextContent);
        Assert.DoesNotContain("Secret antenna deal", after.Body!.TextContent);
        Assert.DoesNotContain("비공개 안테나 계약", after.Body!.TextContent);
    }
}
