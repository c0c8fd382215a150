using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Infrastructure.Api;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.SupplyChain;

/// <summary>The supply-chain analysis in API v1, for any signed-in caller (as organization profiles are); organizers get exact counts and names.</summary>
public static class SupplyChainApi
{
    public static IEndpointRouteBuilder MapSupplyChainApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/forums/{forumId:int}/supply-chain").WithTags("Supply chain")
            .RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("", Get).WithName("GetSupplyChain")
            .WithSummary("Capabilities with suppliers by country, sourcing concentration (HHI), single-country dependencies and partner-country alternatives.");
        return app;
    }

    private static async Task<Results<Ok<SupplyChainMap>, ProblemHttpResult>> Get(int forumId, ClaimsPrincipal user, AppDbContext db,
        ForumAccess access, SupplyChainAnalysis analysis, CancellationToken ct)
    {
        if (!await db.Forums.AnyAsync(f => f.Id == forumId, ct))
        {
            return ApiProblems.NotFound("forum", forumId);
        }
        return TypedResults.Ok(await analysis.BuildAsync(forumId, await access.IsOrganizerAsync(user, forumId), ct));
    }
}
