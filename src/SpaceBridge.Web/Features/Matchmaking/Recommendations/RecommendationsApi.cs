using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Matchmaking.Recommendations;

/// <summary>GET /api/v1/events/{eventId}/recommendations: the caller's own recommendations as an approved participant.</summary>
public static class RecommendationsApi
{
    public const int MaxTake = 50;

    public static IEndpointRouteBuilder MapRecommendationsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/events/{eventId:int}/recommendations", GetAsync)
            .RequireAuthorization()
            .WithTags("Matchmaking")
            .WithName("GetRecommendations")
            .WithSummary("Ranked partner organizations and opportunities for the caller, with reasons")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Ok<RecommendationsDto>, ProblemHttpResult, ValidationProblem>> GetAsync(
        int eventId, ClaimsPrincipal user, AppDbContext db, RecommendationService service, CancellationToken ct, int take = 10)
    {
        if (take is < 1 or > MaxTake)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["take"] = [$"take must be between 1 and {MaxTake}."] });
        }
        if (!await db.Events.AnyAsync(e => e.Id == eventId, ct))
        {
            return TypedResults.Problem(title: "Event not found", statusCode: StatusCodes.Status404NotFound);
        }
        var me = await service.ParticipantAsync(ForumAccess.UserId(user), eventId, ct);
        if (me is null)
        {
            return TypedResults.Problem(title: "Not a participant",
                detail: "Recommendations are for participants with an approved registration for this event.",
                statusCode: StatusCodes.Status403Forbidden);
        }
        return TypedResults.Ok(await service.ForAsync(me, CultureInfo.CurrentUICulture, take, ct));
    }
}
