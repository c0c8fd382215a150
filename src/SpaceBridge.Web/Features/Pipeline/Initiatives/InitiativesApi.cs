using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Infrastructure.Api;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Pipeline.Initiatives;

/// <summary>
/// Initiatives in API v1. Listing and reading show only what the caller may see (public ones to anyone); creating
/// needs a signed-in member of one of the parties; updating needs a member and the ETag read last (If-Match).
/// </summary>
public static class InitiativesApi
{
    public static IEndpointRouteBuilder MapInitiativesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/forums/{forumId:int}/initiatives").WithTags("Initiatives")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("", List).WithName("ListInitiatives").WithSummary("The forum's initiatives the caller may see.").AllowAnonymous();
        api.MapGet("/{id:int}", Get).WithName("GetInitiative").WithSummary("One initiative with its parties, origins and timeline; its ETag is its version.")
            .AllowAnonymous();
        api.MapPost("", Create).WithName("CreateInitiative").WithSummary("Start an initiative between two or more organizations of different countries.")
            .RequireAuthorization().ProducesValidationProblem();
        api.MapPut("/{id:int}", Update).WithName("UpdateInitiative").WithSummary("Change an initiative's fields (members of its parties; If-Match required).")
            .RequireAuthorization().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        return app;
    }

    private static async Task<Results<Ok<List<InitiativeDto>>, ProblemHttpResult>> List(int forumId, ClaimsPrincipal user, AppDbContext db,
        InitiativeService initiatives, CancellationToken ct)
    {
        if (!await db.Forums.AnyAsync(f => f.Id == forumId, ct))
        {
            return ApiProblems.NotFound("forum", forumId);
        }
        var visible = await initiatives.VisibleAsync(user, forumId, ct);
        var list = await visible.AsNoTracking().AsSplitQuery().Include(i => i.Parties).ThenInclude(p => p.Organization).Include(i => i.Origins)
            .OrderByDescending(i => i.LastChangedAtUtc).ThenBy(i => i.Id).ToListAsync(ct);
        return TypedResults.Ok(list.Select(i => InitiativeDto.From(i, withTimeline: false)).ToList());
    }

    private static async Task<Ok<InitiativeDto>> Get(int forumId, int id, ClaimsPrincipal user, HttpContext http, InitiativeService initiatives, CancellationToken ct)
    {
        var initiative = await initiatives.GetAsync(user, forumId, id, ct);
        EntityTags.Set(http.Response, initiative.Version);
        return TypedResults.Ok(InitiativeDto.From(initiative, withTimeline: true));
    }

    private static async Task<Results<Created<InitiativeDto>, ProblemHttpResult>> Create(int forumId, NewInitiative body, ClaimsPrincipal user,
        HttpContext http, AppDbContext db, InitiativeService initiatives, CancellationToken ct)
    {
        if (!await db.Forums.AnyAsync(f => f.Id == forumId, ct))
        {
            return ApiProblems.NotFound("forum", forumId);
        }
        var created = await initiatives.CreateAsync(user, forumId, body, ct);
        var initiative = await initiatives.GetAsync(user, forumId, created.Id, ct);
        EntityTags.Set(http.Response, initiative.Version);
        return TypedResults.Created($"/api/v1/forums/{forumId}/initiatives/{initiative.Id}", InitiativeDto.From(initiative, withTimeline: true));
    }

    private static async Task<Results<Ok<InitiativeDto>, ProblemHttpResult>> Update(int forumId, int id, InitiativeFields body, ClaimsPrincipal user,
        HttpContext http, InitiativeService initiatives, CancellationToken ct)
    {
        // 428 without If-Match (EntityTags); 404 for someone who may not see it; 412 when no tag sent is the current one.
        await initiatives.UpdateAsync(user, forumId, id, body, EntityTags.IfMatch(http.Request), ct);
        var initiative = await initiatives.GetAsync(user, forumId, id, ct);
        EntityTags.Set(http.Response, initiative.Version);
        return TypedResults.Ok(InitiativeDto.From(initiative, withTimeline: true));
    }
}
