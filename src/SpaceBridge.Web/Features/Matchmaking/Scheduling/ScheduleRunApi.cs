using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Matchmaking.MyAgenda;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Features.Matchmaking.Scheduling;

/// <summary>Organizer endpoints of API v1 for schedule runs: queue one, follow it, publish it.</summary>
public static class ScheduleRunApi
{
    public static IEndpointRouteBuilder MapScheduleRunApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/events/{eventId:int}/schedule-runs").RequireAuthorization().WithTags("Matchmaking schedule");
        api.MapPost("", Queue).DisableAntiforgery();
        api.MapGet("/{runId:int}", Get);
        api.MapPost("/{runId:int}/publish", Publish).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> Queue(int eventId, HttpRequest request, ClaimsPrincipal user, ForumAccess access, ScheduleRuns runs, CancellationToken ct)
    {
        if (await OrganizerGate(eventId, user, access) is { } refused)
        {
            return refused;
        }
        ScheduleRunRequest? body = null;
        if (request.HasJsonContentType())
        {
            try
            {
                body = await request.ReadFromJsonAsync<ScheduleRunRequest>(ct);
            }
            catch (JsonException)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["The body is not a valid schedule run request."] });
            }
        }
        try
        {
            var run = await runs.QueueAsync(eventId, body?.Kind ?? ScheduleRunKind.Full, body?.TimeLimitSeconds, user, ct);
            return TypedResults.Accepted($"/api/v1/events/{eventId}/schedule-runs/{run.Id}", ScheduleRunDto.From(run));
        }
        catch (DomainValidationException ex)
        {
            return TypedResults.ValidationProblem(ex.Errors);
        }
    }

    private static async Task<IResult> Get(int eventId, int runId, ClaimsPrincipal user, ForumAccess access, AppDbContext db, CancellationToken ct)
    {
        if (await OrganizerGate(eventId, user, access) is { } refused)
        {
            return refused;
        }
        var run = await db.ScheduleRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId && r.EventId == eventId, ct);
        return run is null ? RunNotFound() : TypedResults.Ok(ScheduleRunDto.From(run));
    }

    /// <summary>Publishes a run; a run older than the published one that drops or moves meetings needs <c>?confirm=true</c> (409 with the changes otherwise).</summary>
    private static async Task<IResult> Publish(int eventId, int runId, bool? confirm, ClaimsPrincipal user, ForumAccess access, SchedulePublisher publisher,
        MeetingNotifications notifications, CancellationToken ct)
    {
        if (await OrganizerGate(eventId, user, access) is { } refused)
        {
            return refused;
        }
        try
        {
            var result = await publisher.PublishAsync(eventId, runId, user, confirm ?? false, ct);
            await notifications.NotifyPublishedAsync(eventId, result.Changes, ct);
            return TypedResults.Ok(new { runId, eventId, meetings = result.Meetings });
        }
        catch (PublishNeedsConfirmationException ex)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Confirmation needed",
                detail: ex.Message + " Send it again with ?confirm=true.",
                extensions: new Dictionary<string, object?>
                {
                    ["publishedRunId"] = ex.PublishedRunId,
                    ["added"] = ex.Diff.Added,
                    ["dropped"] = ex.Diff.Dropped,
                    ["moved"] = ex.Diff.Moved,
                });
        }
        catch (KeyNotFoundException)
        {
            return RunNotFound();
        }
        catch (DomainValidationException ex)
        {
            return TypedResults.ValidationProblem(ex.Errors);
        }
        catch (ScheduleChangedException ex)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Schedule changed", detail: ex.Message);
        }
    }

    private static IResult RunNotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "No such schedule run for this event.");

    private static async Task<IResult?> OrganizerGate(int eventId, ClaimsPrincipal user, ForumAccess access)
    {
        if (await access.ForumOfEventAsync(eventId) is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "No such event.");
        }
        return await access.IsEventOrganizerAsync(user, eventId)
            ? null
            : TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: "Only organizers of this event's forum may do this.");
    }
}
