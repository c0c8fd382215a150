using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts;
using SpaceBridge.Web.Features.Matchmaking.MyAgenda;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Matchmaking.Scheduling;

/// <summary>Organizer endpoints of API v1 for schedule runs: queue one, follow it, publish it.</summary>
public static class ScheduleRunApi
{
    public static IEndpointRouteBuilder MapScheduleRunApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/events/{eventId:int}/schedule-runs").RequireAuthorization(Policies.OrganizerOfEvent("eventId"))
            .WithTags("Matchmaking schedule");
        api.MapPost("", Queue).DisableAntiforgery();
        api.MapGet("/{runId:int}", Get);
        api.MapPost("/{runId:int}/publish", Publish).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> Queue(int eventId, ScheduleRunRequest body, ClaimsPrincipal user, ScheduleRuns runs, CancellationToken ct)
    {
        var run = await runs.QueueAsync(eventId, body.Kind, body.TimeLimitSeconds, user, ct);
        return TypedResults.Accepted($"/api/v1/events/{eventId}/schedule-runs/{run.Id}", ScheduleRunDto.From(run));
    }

    private static async Task<IResult> Get(int eventId, int runId, AppDbContext db, CancellationToken ct)
    {
        var run = await db.ScheduleRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId && r.EventId == eventId, ct);
        return run is null ? RunNotFound() : TypedResults.Ok(ScheduleRunDto.From(run));
    }

    private static async Task<IResult> Publish(int eventId, int runId, ClaimsPrincipal user, SchedulePublisher publisher,
        MeetingNotifications notifications, CancellationToken ct)
    {
        var result = await publisher.PublishAsync(eventId, runId, user, ct);
        await notifications.NotifyPublishedAsync(eventId, result.Changes, ct);
        return TypedResults.Ok(new { runId, eventId, meetings = result.Meetings });
    }

    private static IResult RunNotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "No such schedule run for this event.");
}
