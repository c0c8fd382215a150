using System.Security.Claims;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using SpaceBridge.Web.Infrastructure.Api;

namespace SpaceBridge.Web.Features.Matchmaking.Scheduling;

/// <summary>A locked meeting: the request stays at this slot and table in later runs and repairs. Version (the ETag) is what unlocking names in If-Match.</summary>
public sealed record MeetingLockDto(int RequestId, int SlotId, int LocationId, DateTime LockedAtUtc, int Version)
{
    public static MeetingLockDto From(MeetingLock x) => new(x.MeetingRequestId, x.SlotId, x.LocationId, x.LockedAtUtc, x.Id);
}

/// <summary>Body of POST .../schedule-runs/{runId}/locks: the meeting and the slot and table the run has it at (as the caller saw them).</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record NewMeetingLock([property: JsonRequired] int RequestId, [property: JsonRequired] int SlotId, [property: JsonRequired] int LocationId);

/// <summary>Lock and unlock endpoints, part of the schedule-run group (organizers of the event).</summary>
public static class MeetingLockApi
{
    public static RouteGroupBuilder MapMeetingLocks(this RouteGroupBuilder runs)
    {
        runs.MapGet("/locks", List).WithName("ListMeetingLocks")
            .WithSummary("The event's locked meetings; each stays at its slot and table in later runs and repairs.");
        runs.MapPost("/{runId:int}/locks", Lock).DisableAntiforgery().WithName("LockMeeting")
            .WithSummary("Lock a meeting of a finished or published run at the slot and table it has there (409 when it is no longer there, or when it is locked or the place is taken by another lock).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        runs.MapDelete("/locks/{requestId:int}", Unlock).DisableAntiforgery().WithName("UnlockMeeting")
            .WithSummary("Unlock a meeting; If-Match names the lock's ETag (or *).")
            .ProducesPreconditionProblems();
        return runs;
    }

    private static async Task<Ok<List<MeetingLockDto>>> List(int eventId, MeetingLocker locker, CancellationToken ct) =>
        TypedResults.Ok((await locker.ForEventAsync(eventId, ct)).Select(MeetingLockDto.From).ToList());

    private static async Task<Created<MeetingLockDto>> Lock(int eventId, int runId, NewMeetingLock body, ClaimsPrincipal user, MeetingLocker locker,
        HttpResponse response, CancellationToken ct)
    {
        var created = await locker.LockAsync(eventId, runId, body.RequestId, body.SlotId, body.LocationId, user, ct);
        EntityTags.Set(response, created.Id);
        return TypedResults.Created($"/api/v1/events/{eventId}/schedule-runs/locks", MeetingLockDto.From(created));
    }

    private static async Task<NoContent> Unlock(int eventId, int requestId, ClaimsPrincipal user, MeetingLocker locker, HttpRequest request, CancellationToken ct)
    {
        var expected = EntityTags.IfMatch(request);
        await locker.UnlockAsync(eventId, requestId, expected, user, ct);
        return TypedResults.NoContent();
    }
}
