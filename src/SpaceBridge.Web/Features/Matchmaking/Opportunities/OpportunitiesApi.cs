using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Infrastructure.Api;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Matchmaking.Opportunities;

/// <summary>GET /api/v1/forums/{forumId}/opportunities: search and filter a forum's open opportunities (signed-in callers).</summary>
public static class OpportunitiesApi
{
    public static IEndpointRouteBuilder MapOpportunitiesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/forums/{forumId:int}/opportunities", SearchAsync)
            .RequireAuthorization()
            .WithTags("Matchmaking")
            .WithName("SearchOpportunities")
            .WithSummary("Search a forum's open cooperation opportunities: every word of q in the title or description, in either language")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Ok<PagedList<OpportunityDto>>, ValidationProblem, ProblemHttpResult>> SearchAsync(
        int forumId, AppDbContext db, OpportunitySearch search, CancellationToken ct,
        string? q = null, string? direction = null, string? kind = null, string? area = null, string? country = null,
        int? page = null, int? pageSize = null)
    {
        var errors = new QueryErrors();
        var filter = OpportunityFilter.Parse(q, direction, kind, area, country, errors);
        var paging = PageRequest.From(page, pageSize, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        if (!await db.Forums.AnyAsync(f => f.Id == forumId, ct))
        {
            return ApiProblems.NotFound("forum", forumId);
        }
        var result = await search.SearchAsync(forumId, filter, paging, ct);
        return TypedResults.Ok(new PagedList<OpportunityDto>([.. result.Items.Select(i => i.ToDto())], result.Page, result.PageSize, result.TotalCount));
    }
}
