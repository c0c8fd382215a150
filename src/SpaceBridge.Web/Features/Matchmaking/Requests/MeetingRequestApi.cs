using System.Globalization;
using System.Security.Claims;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Matchmaking.Requests;

/// <summary>A new request; <c>mark</c> is the requester's (Meet when absent, MustMeet, Optional): must-meet requests are placed first.</summary>
public sealed record NewMeetingRequest([property: JsonRequired] int ToRegistrationId, string? Message, int? OpportunityId, MeetingMark? Mark = null);

public sealed record DeclineMeetingRequest(string? Reason, int? Version);

/// <summary>
/// Meeting requests in API v1. Only the two participants of a request see it; to anyone else it does not exist (404).
/// Callers without an approved registration for the event are refused (403).
/// </summary>
public static class MeetingRequestApi
{
    public static IEndpointRouteBuilder MapMeetingRequestApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization().WithTags("Meeting requests");
        // Callers without an approved registration are refused (403); unknown events are not found (404).
        var participants = api.MapGroup("/events/{eventId:int}/meeting-requests")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        participants.MapGet("", List).WithName("ListMeetingRequests").WithSummary("The caller's own incoming and outgoing requests.");
        participants.MapPost("", Send).WithName("SendMeetingRequest").WithSummary("Ask another participant for a meeting.")
            .ProducesValidationProblem();
        // A request that is not the caller's is not found (404); one that is no longer pending or changed is a conflict (409).
        var answers = api.MapGroup("/meeting-requests/{id:int}")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        answers.MapPost("/accept", Accept).WithName("AcceptMeetingRequest")
            .WithSummary("Accept a request sent to the caller (optional ?version=, and ?mark=Meet|MustMeet|Optional, the caller's mark).")
            .ProducesValidationProblem();
        answers.MapPost("/decline", Decline).WithName("DeclineMeetingRequest")
            .WithSummary("Decline a request sent to the caller, with an optional reason.").ProducesValidationProblem();
        answers.MapPost("/cancel", Cancel).WithName("CancelMeetingRequest").WithSummary("Cancel a pending request the caller sent (optional ?version=).");
        return app;
    }

    private static async Task<Results<Ok<List<MeetingRequestDto>>, ProblemHttpResult>> List(
        int eventId, ClaimsPrincipal user, AppDbContext db, MeetingRequestService service, CancellationToken ct)
    {
        var (ev, me, refused) = await ParticipantAsync(eventId, user, db, ct);
        if (refused is not null)
        {
            return refused;
        }
        await service.ExpireDueAsync(ct);
        var views = await MeetingRequestViews.ForParticipantAsync(db, me!.Id, ct);
        return TypedResults.Ok(views.Select(v => MeetingRequestDto.From(v, ev!, CultureInfo.CurrentUICulture)).ToList());
    }

    private static async Task<Results<Created<MeetingRequestDto>, ProblemHttpResult>> Send(
        int eventId, NewMeetingRequest body, ClaimsPrincipal user, AppDbContext db, MeetingRequestService service, CancellationToken ct)
    {
        var (ev, me, refused) = await ParticipantAsync(eventId, user, db, ct);
        if (refused is not null)
        {
            return refused;
        }
        var request = await service.SendAsync(me!.Id, body.ToRegistrationId, body.Message, body.OpportunityId, ct, body.Mark ?? MeetingMark.Meet);
        return TypedResults.Created($"/api/v1/events/{eventId}/meeting-requests", await DtoAsync(db, request.Id, me.Id, ev!, ct));
    }

    private static Task<Results<Ok<MeetingRequestDto>, ProblemHttpResult>> Accept(
        int id, ClaimsPrincipal user, AppDbContext db, MeetingRequestService service, CancellationToken ct, int? version = null, MeetingMark? mark = null) =>
        AnswerAsync(id, user, db, ct, (me, token) => service.AcceptAsync(id, me, version, token, mark ?? MeetingMark.Meet));

    private static Task<Results<Ok<MeetingRequestDto>, ProblemHttpResult>> Decline(
        int id, DeclineMeetingRequest body, ClaimsPrincipal user, AppDbContext db, MeetingRequestService service, CancellationToken ct) =>
        AnswerAsync(id, user, db, ct, (me, token) => service.DeclineAsync(id, me, body.Reason, body.Version, token));

    private static Task<Results<Ok<MeetingRequestDto>, ProblemHttpResult>> Cancel(
        int id, ClaimsPrincipal user, AppDbContext db, MeetingRequestService service, CancellationToken ct, int? version = null) =>
        AnswerAsync(id, user, db, ct, (me, token) => service.CancelAsync(id, me, version, token));

    private static async Task<Results<Ok<MeetingRequestDto>, ProblemHttpResult>> AnswerAsync(
        int id, ClaimsPrincipal user, AppDbContext db, CancellationToken ct, Func<int, CancellationToken, Task<MeetingRequest>> act)
    {
        var eventId = await db.MeetingRequests.Where(r => r.Id == id).Select(r => (int?)r.EventId).FirstOrDefaultAsync(ct);
        var me = eventId is null ? null : await MatchmakingParticipants.CurrentAsync(db, user, eventId.Value, ct);
        if (me is null)
        {
            return NotFound();
        }
        var request = await act(me.Id, ct);
        var ev = await db.Events.AsNoTracking().FirstAsync(e => e.Id == request.EventId, ct);
        return TypedResults.Ok(await DtoAsync(db, request.Id, me.Id, ev, ct));
    }

    private static async Task<MeetingRequestDto> DtoAsync(AppDbContext db, int requestId, int me, Event ev, CancellationToken ct)
    {
        var view = (await MeetingRequestViews.ForParticipantAsync(db, me, ct)).First(v => v.Id == requestId);
        return MeetingRequestDto.From(view, ev, CultureInfo.CurrentUICulture);
    }

    /// <summary>What a caller learns of a request that is not theirs, or does not exist: the same either way.</summary>
    public const string NotFoundDetail = "There is no such meeting request among yours.";

    private static ProblemHttpResult NotFound() => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found",
        detail: NotFoundDetail);

    /// <summary>The event and the caller's approved registration for it, or the answer that refuses them.</summary>
    public static async Task<(Event? Event, Registrations.Registration? Me, ProblemHttpResult? Refused)> ParticipantAsync(
        int eventId, ClaimsPrincipal user, AppDbContext db, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, ct);
        if (ev is null)
        {
            return (null, null, Infrastructure.Api.ApiProblems.NotFound("event", eventId));
        }
        var me = await MatchmakingParticipants.CurrentAsync(db, user, eventId, ct);
        return me is null ? (ev, null, NotParticipant()) : (ev, me, null);
    }

    /// <summary>403 for a signed-in caller without an approved registration for the event.</summary>
    public static ProblemHttpResult NotParticipant() =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not a participant",
            detail: "Meetings are for participants with an approved registration for this event.");
}
