using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Security;

namespace SpaceBridge.Web.Features.CheckIn;

/// <summary>Check-in endpoints of API v1, for organizers of the event's forum.</summary>
public static class CheckInApi
{
    public static IEndpointRouteBuilder MapCheckInApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Check-in");
        var events = api.MapGroup("/events/{id:int}").RequireAuthorization(Policies.OrganizerOfEvent("id"));
        var sessions = api.MapGroup("/sessions/{id:int}").RequireAuthorization(Policies.OrganizerOfSession("id"));
        events.MapPost("/check-ins", CheckIn).RequireRateLimiting(RateLimits.CheckIn)
            .Produces<ScanResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        events.MapGet("/attendance", Attendance)
            .Produces<AttendanceDto>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        sessions.MapPost("/attendance", SessionScan).RequireRateLimiting(RateLimits.CheckIn)
            .Produces<ScanResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<IResult> CheckIn(int id, CheckInRequest? request, ClaimsPrincipal user, CheckInDesk desk,
        CancellationToken ct)
    {
        return ToResult(await desk.ScanAsync(id, request?.Token, request?.Desk, user, ct), "checked in");
    }

    private static async Task<IResult> SessionScan(int id, SessionScanRequest? request, ClaimsPrincipal user, SessionDoor door,
        CancellationToken ct)
    {
        return ToResult(await door.ScanAsync(id, request?.Token, user, ct), "counted into this session");
    }

    private static async Task<IResult> Attendance(int id, AttendanceBoard board, CancellationToken ct)
    {
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

    private static IResult NotFound(string what) =>
        TypedResults.NotFound(new ProblemDetails { Status = 404, Title = "Not found", Detail = $"There is no such {what}." });
}
