using SpaceBridge.Web.Infrastructure.Api;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Security;

namespace SpaceBridge.Web.Features.News;

/// <summary>The Atom feed of a forum's news and the files attached to its items.</summary>
public static class NewsEndpoints
{
    public static IEndpointRouteBuilder MapNews(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("").WithTags("News");
        group.MapGet("/forums/{forumId:int}/news.atom", Feed).WithName("GetNewsFeed")
            .WithSummary("The Atom feed of the forum's published news; entry ids stay the same when an item is edited.")
            .ProducesFile("application/atom+xml").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/news/attachments/{id:int}", Attachment).WithName("GetNewsAttachment")
            .WithSummary("A file attached to a published news item (to organizers of the forum also while a draft).")
            .ProducesFile("application/octet-stream").ProducesProblem(StatusCodes.Status404NotFound);
        app.MapNewsApi();
        return app;
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> Feed(int forumId, AppDbContext db, PublicOrigins origins, TimeProvider clock, CancellationToken ct)
    {
        var forum = await db.Forums.AsNoTracking().FirstOrDefaultAsync(f => f.Id == forumId, ct);
        if (forum is null)
        {
            return TypedResults.NotFound();
        }
        var items = await db.Set<NewsItem>().AsNoTracking().Where(n => n.ForumId == forumId && n.Status == NewsStatus.Published)
            .OrderByDescending(n => n.PublishedAtUtc).Take(50).ToListAsync(ct);
        return TypedResults.File(NewsFeed.Write(forum, items, origins, clock.GetUtcNow().UtcDateTime), "application/atom+xml; charset=utf-8");
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> Attachment(int id, AppDbContext db, ClaimsPrincipal user, ForumAccess access, CancellationToken ct)
    {
        var a = await db.Set<NewsAttachment>().AsNoTracking().Include(x => x.NewsItem).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null || (a.NewsItem.Status != NewsStatus.Published && !(user.Identity?.IsAuthenticated == true && await access.IsOrganizerAsync(user, a.NewsItem.ForumId))))
        {
            return TypedResults.NotFound();
        }
        return TypedResults.File(a.Content, a.ContentType, a.FileName);
    }
}
