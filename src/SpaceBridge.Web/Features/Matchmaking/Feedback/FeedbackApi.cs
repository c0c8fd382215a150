using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using SpaceBridge.Web.Features.Accounts.Roles;

namespace SpaceBridge.Web.Features.Matchmaking.Feedback;

public sealed record FeedbackDto(int MeetingId, bool TookPlace, string? Outcome, string? Comment);

public static class FeedbackApi
{
    public static IEndpointRouteBuilder MapMeetingFeedbackApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/scheduled-meetings/{id:int}/feedback", Post).RequireAuthorization().WithTags("Meeting requests")
            .WithName("SaveMeetingFeedback")
            .WithSummary("The caller's feedback on a meeting they took part in; replaces their earlier answer.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Ok<FeedbackDto>, ProblemHttpResult>> Post(
        int id, FeedbackInput body, ClaimsPrincipal user, MeetingFeedbackService service, CancellationToken ct)
    {
        // Not a participant and no such meeting answer alike: nobody learns which meetings others have.
        if (await service.FindAsync(id, ForumAccess.UserId(user), ct) is not { } found)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "There is no such meeting among yours.");
        }
        var saved = await service.SaveAsync(found.Meeting, found.Participant, body, ct);
        return TypedResults.Ok(new FeedbackDto(id, saved.TookPlace, saved.Outcome?.ToString(), saved.Comment));
    }
}
