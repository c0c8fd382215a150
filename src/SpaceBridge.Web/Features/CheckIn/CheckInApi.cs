using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using SpaceBridge.Web.Features.Accounts;
using SpaceBridge.Web.Infrastructure.Api;
using SpaceBridge.Web.Infrastructure.Security;

namespace SpaceBridge.Web.Features.CheckIn;

/// <summary>Check-in endpoints of API v1, for organizers of the event's forum.</summary>
public static class CheckInApi
{
    public static IEndpointRouteBuilder MapCheckInApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Check-in");
        var events = api.MapGroup("/events/{id:int}").RequireAuthorization(Policies.OrganizerOfEvent("id")).ProducesOrganizerRefusals();
        var sessions = api.MapGroup("/sessions/{id:int}").RequireAuthorization(Policies.OrganizerOfSession("id")).ProducesOrganizerRefusals();
        // A scan that records nothing answers why: an unreadable or foreign badge (400), one already recorded or not approved (409).
        events.MapPost("/check-ins", CheckIn).RequireRateLimiting(RateLimits.CheckIn).WithName("CheckIn")
            .WithSummary("Check in the holder of a scanned badge at a desk of the event.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);
        events.MapGet("/attendance", Attendance).WithName("GetAttendance")
            .WithSummary("Live attendance of the event: checked in by participant type and country, and per session.");
        sessions.MapPost("/attendance", SessionScan).RequireRateLimiting(RateLimits.CheckIn).WithName("RecordSessionAttendance")
            .WithSummary("Count the holder of a scanned badge into a session at its door.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<Results<Created<ScanResponse>, ProblemHttpResult>> CheckIn(
        int id, CheckInRequest? request, ClaimsPrincipal user, CheckInDesk desk, CancellationToken ct) =>
        ToResult(await desk.ScanAsync(id, request?.Token, request?.Desk, user, ct), "checked in");

    private static async Task<Results<Created<ScanResponse>, ProblemHttpResult>> SessionScan(
        int id, SessionScanRequest? request, ClaimsPrincipal user, SessionDoor door, CancellationToken ct) =>
        ToResult(await door.ScanAsync(id, request?.Token, user, ct), "counted into this session");

    private static async Task<Results<Ok<AttendanceDto>, ProblemHttpResult>> Attendance(int id, AttendanceBoard board, CancellationToken ct)
    {
        var attendance = await board.ForEventAsync(id, ct);
        return attendance is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "There is no such event.")
            : TypedResults.Ok(AttendanceDto.From(attendance));
    }

    private static Results<Created<ScanResponse>, ProblemHttpResult> ToResult(ScanOutcome outcome, string recordedWhat)
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

    private static ProblemHttpResult Problem(int status, string title, string detail, string code, Dictionary<string, object?> extensions)
    {
        extensions["code"] = code;
        return TypedResults.Problem(statusCode: status, title: title, detail: detail, extensions: extensions);
    }
}
