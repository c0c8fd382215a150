using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Infrastructure.Api;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Programme.Forums;

public static class ForumsApi
{
    public static RouteGroupBuilder MapForumsApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/forums").WithTags("Forums");
        group.MapGet("/", ListForums).WithName("ListForums")
            .WithSummary("Lists forums.");
        group.MapGet("/{id:int}", GetForum).WithName("GetForum")
            .WithSummary("Gets a forum with its events.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<Results<Ok<PagedList<ForumSummary>>, ValidationProblem>> ListForums(
        int? page, int? pageSize, AppDbContext db, CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var paging = PageRequest.From(page, pageSize, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        var query = db.Forums.AsNoTracking().OrderBy(f => f.Id);
        return TypedResults.Ok(await paging.ToPageAsync(query, f => f.ToSummary(), cancellationToken));
    }

    private static async Task<Results<Ok<ForumDetail>, ProblemHttpResult>> GetForum(
        int id, HttpContext http, AppDbContext db, DraftVisibility visibility, CancellationToken cancellationToken)
    {
        var drafts = await visibility.ForumsAsync(http.User, cancellationToken);
        var withDrafts = drafts.Contains(id);
        var forum = await db.Forums.AsNoTracking()
            .Include(f => f.Events.Where(e => withDrafts || e.Published)).ThenInclude(e => e.Venue)
            .Include(f => f.Hosts)
            .FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (forum is null)
        {
            return ApiProblems.NotFound("forum", id);
        }
        EntityTags.Set(http.Response, forum.Version);
        return TypedResults.Ok(forum.ToDetail());
    }
}
