using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Security;

namespace SpaceBridge.Web.Features.CheckIn;

/// <summary>Check-in endpoints of API v1, for organizers of the event's forum.</summary>
public static class CheckInApi
{
    public static IEndpointRouteBuilder MapCheckInApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization().WithTags("Check-in");
        api.MapPost("/events/{id:int}/check-ins", CheckIn).RequireRateLimiting(RateLimits.CheckIn)
            .Produces<ScanResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/events/{id:int}/attendance", Attendance)
            .Produces<AttendanceDto>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/sessions/{id:int}/attendance", SessionScan).RequireRateLimiting(RateLimits.CheckIn)
            .Produces<ScanResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<IResult> CheckIn(int id, CheckInRequest? request, ClaimsPrincipal user, ForumAccess access, CheckInDesk desk,
        CancellationToken ct)
    {
        if (await Gate(await access.ForumOfEventAsync(id), "event", user, access) is { } refused)
        {
            return refused;
        }
        return ToResult(await desk.ScanAsync(id, request?.Token, request?.Desk, user, ct), "checked in");
    }

    private static async Task<IResult> SessionScan(int id, SessionScanRequest? request, ClaimsPrincipal user, ForumAccess access, SessionDoor door,
        AppDbContext db, CancellationToken ct)
    {
        var forumId = await db.Sessions.Where(s => s.Id == id).Select(s => (int?)s.Event.ForumId).FirstOrDefaultAsync(ct);
        if (await Gate(forumId, "session", user, access) is { } refused)
        {
            return refused;
        }
        return ToResult(await door.ScanAsync(id, request?.Token, user, ct), "counted into this session");
    }

    private static async Task<IResult> Attendance(int id, ClaimsPrincipal user, ForumAccess access, AttendanceBoard board, CancellationToken ct)
    {
        if (await Gate(await access.ForumOfEventAsync(id), "event", user, access) is { } refused)
        {
            return refused;
        }
        var attendance = await board.ForEventAsync(id, ct);
        return attendance is null ? NotFound("event") : TypedResults.Ok(AttendanceDto.From(attendance));
    }

    private static IResult ToResult(ScanOutcome outcome, string recordedWhat)
    {
        var attendee = outcome.Attendee is null ? null : AttendeeDto.From(outcome.Attendee);
        switch (outcome.Result)
        {
            case ScanResult.Recorded:
                return TypedResults.Created((string?)null, new ScanResponse(attendee!, ScanDto.From(outcome.First!)));
            case ScanResult.AlreadyRecorded:
                var first = ScanDto.From(outcome.First!);
                return Problem(StatusCodes.Status409Conflict, $"Already {recordedWhat}",
                    $"{attendee!.RomanizedName} was already {recordedWhat} at {first.Describe()}.", "already-recorded",
                    new() { ["first"] = first, ["attendee"] = attendee });
            case ScanResult.NotApproved:
                return Problem(StatusCodes.Status409Conflict, "Registration not approved",
                    $"The registration of {attendee!.RomanizedName} is {attendee.Status}, not approved.", "not-approved",
                    new() { ["status"] = attendee.Status, ["attendee"] = attendee });
            case ScanResult.OtherEvent:
                return Problem(StatusCodes.Status400BadRequest, "Badge for another event",
                    "This badge belongs to a registration for another event.", "other-event", []);
            case ScanResult.UnknownBadge:
                return Problem(StatusCodes.Status400BadRequest, "Unknown badge",
                    "The badge is genuine but its registration no longer exists.", "unknown-badge", []);
            default:
                return Problem(StatusCodes.Status400BadRequest, "Invalid badge token",
                    "The scanned text is not a valid SpaceBridge badge token. Nothing was recorded.", "invalid-token", []);
        }
    }

    private static IResult Problem(int status, string title, string detail, string code, Dictionary<string, object?> extensions)
    {
        extensions["code"] = code;
        return TypedResults.Problem(statusCode: status, title: title, detail: detail, extensions: extensions);
    }

    /// <summary>Null when the user organizes the forum; otherwise 404 (no such event or session) or 403.</summary>
    private static async Task<IResult?> Gate(int? forumId, string what, ClaimsPrincipal user, ForumAccess access) =>
        forumId is null ? NotFound(what)
        : await access.IsOrganizerAsync(user, forumId.Value) ? null
        : TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden",
            detail: "Only organizers of this forum may do this.");

    private static IResult NotFound(string what) =>
        TypedResults.NotFound(new ProblemDetails { Status = 404, Title = "Not found", Detail = $"There is no such {what}." });
}
