using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts;
using SpaceBridge.Web.Features.Programme.Editing;
using SpaceBridge.Web.Infrastructure.Api;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Programme.Sessions;

/// <summary>
/// Creating, changing and deleting sessions through the programme editor: a room or person booked twice is a 409
/// naming the other session; nothing is saved.
/// </summary>
public static class SessionsWriteApi
{
    public static IEndpointRouteBuilder MapSessionsWriteApi(this IEndpointRouteBuilder api)
    {
        api.MapPost("/events/{eventId:int}/sessions", Create).WithTags("Sessions").WithName("CreateSession")
            .WithSummary("Creates a session of the event; a draft unless published is true. 409 if it double-books a room or a person.")
            .RequireAuthorization(Policies.OrganizerOfEvent("eventId"))
            .ProducesValidationProblem().ProducesOrganizerRefusals().ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPut("/sessions/{id:int}", Update).WithTags("Sessions").WithName("UpdateSession")
            .WithSummary("Changes a session; If-Match required. A change to a published session raises its iCalendar SEQUENCE.")
            .RequireAuthorization(Policies.OrganizerOfSession("id"))
            .ProducesValidationProblem().ProducesOrganizerRefusals().ProducesProblem(StatusCodes.Status409Conflict).ProducesPreconditionProblems();
        api.MapDelete("/sessions/{id:int}", Delete).WithTags("Sessions").WithName("DeleteSession")
            .WithSummary("Deletes a session; If-Match required.")
            .RequireAuthorization(Policies.OrganizerOfSession("id"))
            .ProducesOrganizerRefusals().ProducesPreconditionProblems();
        return api;
    }

    private static async Task<Created<SessionDto>> Create(int eventId, SessionInput input, HttpResponse response, ProgrammeEditor editor, AppDbContext db, CancellationToken ct)
    {
        var session = await editor.AddAsync(eventId, input.ToEdit(), ct);
        EntityTags.Set(response, session.Version);
        return TypedResults.Created($"{ApiV1.Prefix}/sessions/{session.Id}", await DtoAsync(db, session.Id, ct));
    }

    private static async Task<Ok<SessionDto>> Update(int id, SessionInput input, HttpContext http, ProgrammeEditor editor, AppDbContext db, CancellationToken ct)
    {
        var session = await editor.UpdateAsync(id, input.ToEdit(), EntityTags.IfMatch(http.Request), ct);
        EntityTags.Set(http.Response, session.Version);
        return TypedResults.Ok(await DtoAsync(db, id, ct));
    }

    private static async Task<NoContent> Delete(int id, HttpRequest request, ProgrammeEditor editor, CancellationToken ct)
    {
        await editor.DeleteAsync(id, EntityTags.IfMatch(request), ct);
        return TypedResults.NoContent();
    }

    private static async Task<SessionDto> DtoAsync(AppDbContext db, int id, CancellationToken ct) =>
        (await db.Sessions.AsNoTracking()
            .Include(s => s.Event).Include(s => s.Room).Include(s => s.Topics).Include(s => s.People).ThenInclude(p => p.Person)
            .AsSplitQuery().FirstAsync(s => s.Id == id, ct)).ToDto();
}
