using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Infrastructure.Api;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Features.News;

/// <summary>
/// The press room in API v1. Reading: published items for everyone, drafts too for organizers of the forum (a draft is
/// not found for anyone else). Writing: organizers of the forum (<see cref="NewsDesk"/> refuses others with 403); an
/// update replaces the item and must name its ETag (the revision) in If-Match: 428 without, 412 when stale.
/// </summary>
public static class NewsApi
{
    public static IEndpointRouteBuilder MapNewsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("News");
        api.MapGet("/forums/{forumId:int}/news", List).WithName("ListNews")
            .WithSummary("Lists the forum's news, newest first: published items (drafts too for its organizers).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/news/{id:int}", Get).WithName("GetNewsItem")
            .WithSummary("Gets a news item: Markdown and sanitized HTML in both languages, licence, credit, links, attachments. ETag is its revision.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var write = api.MapGroup("").RequireAuthorization(Policies.SignedIn).ProducesOrganizerRefusals();
        write.MapPost("/forums/{forumId:int}/news", Create).WithName("CreateNewsItem")
            .WithSummary("Writes a news item of the forum, as a draft or published (organizers of the forum).")
            .ProducesValidationProblem();
        write.MapPut("/news/{id:int}", Update).WithName("UpdateNewsItem")
            .WithSummary("Replaces a news item (organizers of its forum). If-Match must carry its ETag.")
            .ProducesValidationProblem().ProducesPreconditionProblems();
        return app;
    }

    private static async Task<Results<Ok<List<NewsItemSummary>>, ProblemHttpResult>> List(int forumId, ClaimsPrincipal user, AppDbContext db,
        ForumAccess access, CancellationToken ct)
    {
        if (!await db.Forums.AnyAsync(f => f.Id == forumId, ct))
        {
            return ApiProblems.NotFound("forum", forumId);
        }
        var drafts = await NewsReader.IsOrganizerAsync(access, user, forumId);
        var items = await NewsReader.Visible(db, forumId, drafts)
            .OrderByDescending(n => n.PublishedAtUtc ?? n.UpdatedAtUtc).ThenByDescending(n => n.Id).ToListAsync(ct);
        return TypedResults.Ok(items.Select(n => n.ToSummary()).ToList());
    }

    private static async Task<Results<Ok<NewsItemDetail>, ProblemHttpResult>> Get(int id, ClaimsPrincipal user, AppDbContext db, ForumAccess access,
        HttpResponse response, CancellationToken ct)
    {
        var item = await FindAsync(db, access, user, id, ct);
        if (item is null)
        {
            return ApiProblems.NotFound("news item", id);
        }
        EntityTags.Set(response, item.Revision);
        return TypedResults.Ok(item.ToDetail());
    }

    private static async Task<Results<Created<NewsItemDetail>, ProblemHttpResult>> Create(int forumId, NewsItemRequest request, ClaimsPrincipal user,
        AppDbContext db, NewsDesk desk, HttpResponse response, CancellationToken ct)
    {
        if (!await db.Forums.AnyAsync(f => f.Id == forumId, ct))
        {
            return ApiProblems.NotFound("forum", forumId);
        }
        var item = await desk.SaveAsync(forumId, null, 0, request.ToDraft(), request.Published, user, ct);
        EntityTags.Set(response, item.Revision);
        return TypedResults.Created($"/api/v1/news/{item.Id}", item.ToDetail());
    }

    private static async Task<Results<Ok<NewsItemDetail>, ProblemHttpResult>> Update(int id, NewsItemRequest request, ClaimsPrincipal user,
        AppDbContext db, ForumAccess access, NewsDesk desk, HttpRequest http, HttpResponse response, CancellationToken ct)
    {
        var current = await FindAsync(db, access, user, id, ct);
        if (current is null)
        {
            return ApiProblems.NotFound("news item", id);
        }
        if (!await NewsReader.IsOrganizerAsync(access, user, current.ForumId))
        {
            throw new NewsRefusal(StatusCodes.Status403Forbidden, "not-organizer", "Forbidden", "Only organizers of this forum may write its news.");
        }
        EntityTags.IfMatch(http).Ensure("news item", current.Revision);
        NewsItem saved;
        try
        {
            saved = await desk.SaveAsync(current.ForumId, id, current.Revision, request.ToDraft(), request.Published, user, ct);
        }
        catch (Exception ex) when (ex is DbUpdateConcurrencyException || ex is NewsRefusal { Code: "stale" })
        {
            // Someone saved between our read and our write: the ETag the caller sent is no longer current.
            throw new StaleVersionRefusal("news item", current.Revision + 1);
        }
        var item = await FindAsync(db, access, user, saved.Id, ct) ?? saved;
        EntityTags.Set(response, item.Revision);
        return TypedResults.Ok(item.ToDetail());
    }

    private static async Task<NewsItem?> FindAsync(AppDbContext db, ForumAccess access, ClaimsPrincipal user, int id, CancellationToken ct)
    {
        var item = await db.Set<NewsItem>().AsNoTracking().Include(n => n.Attachments).FirstOrDefaultAsync(n => n.Id == id, ct);
        if (item is null || (item.Status != NewsStatus.Published && !await NewsReader.IsOrganizerAsync(access, user, item.ForumId)))
        {
            return null;
        }
        return item;
    }
}
