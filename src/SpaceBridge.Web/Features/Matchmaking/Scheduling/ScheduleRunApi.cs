using Microsoft.AspNetCore.Http.HttpResults;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts;
using SpaceBridge.Web.Features.Matchmaking.MyAgenda;
using SpaceBridge.Web.Infrastructure.Api;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Matchmaking.Scheduling;

/// <summary>What publishing a run answers: the run, its event and how many meetings the schedule now has.</summary>
public sealed record PublishedScheduleDto(int RunId, int EventId, int Meetings);

/// <summary>Organizer endpoints of API v1 for schedule runs: queue one, follow it, publish it, lock its meetings.</summary>
public static class ScheduleRunApi
{
    public static IEndpointRouteBuilder MapScheduleRunApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/events/{eventId:int}/schedule-runs").RequireAuthorization(Policies.OrganizerOfEvent("eventId"))
            .ProducesOrganizerRefusals().WithTags("Matchmaking schedule");
        api.MapPost("", Queue).DisableAntiforgery().WithName("QueueScheduleRun")
            .WithSummary("Queue a scheduler run (kind Full, or Repair of the published schedule); follow it at the Location it answers.")
            .ProducesValidationProblem();
        api.MapGet("/{runId:int}", Get).WithName("GetScheduleRun")
            .WithSummary("A scheduler run: status, progress and, once finished, its statistics.");
        api.MapPost("/{runId:int}/publish", Publish).DisableAntiforgery().WithName("PublishScheduleRun")
            .WithSummary("Make a finished run's proposal the event's schedule and notify the participants whose meetings changed.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        api.MapMeetingLocks();
        return app;
    }

    private static async Task<Accepted<ScheduleRunDto>> Queue(int eventId, ScheduleRunRequest body, ClaimsPrincipal user, ScheduleRuns runs, CancellationToken ct)
    {
        var run = await runs.QueueAsync(eventId, body.Kind, body.TimeLimitSeconds, user, ct);
        return TypedResults.Accepted($"/api/v1/events/{eventId}/schedule-runs/{run.Id}", ScheduleRunDto.From(run));
    }

    private static async Task<Results<Ok<ScheduleRunDto>, ProblemHttpResult>> Get(int eventId, int runId, AppDbContext db, CancellationToken ct)
    {
        var run = await db.ScheduleRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId && r.EventId == eventId, ct);
        return run is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "No such schedule run for this event.")
            : TypedResults.Ok(ScheduleRunDto.From(run));
    }

    /// <summary>Publishes a run; a run older than the published one that drops or moves meetings needs <c>?confirm=true</c> (409 with the changes otherwise).</summary>
    private static async Task<Ok<PublishedScheduleDto>> Publish(int eventId, int runId, bool? confirm, ClaimsPrincipal user, SchedulePublisher publisher,
        MeetingNotifications notifications, CancellationToken ct)
    {
        var result = await publisher.PublishAsync(eventId, runId, user, confirm ?? false, ct);
        await notifications.NotifyPublishedAsync(eventId, result.Changes, ct);
        return TypedResults.Ok(new PublishedScheduleDto(runId, eventId, result.Meetings));
    }
}
