using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts;
using SpaceBridge.Web.Infrastructure.Api;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Programme.Events;

/// <summary>Creating and changing a forum's events and their rooms, for the forum's organizers.</summary>
public static class EventsWriteApi
{
    public static IEndpointRouteBuilder MapEventsWriteApi(this IEndpointRouteBuilder api)
    {
        api.MapPost("/forums/{forumId:int}/events", Create).WithTags("Events").WithName("CreateEvent")
            .WithSummary("Creates an event (symposium) of the forum; a draft unless published is true.")
            .RequireAuthorization(Policies.OrganizerOfForum("forumId"))
            .ProducesValidationProblem().ProducesOrganizerRefusals();
        api.MapPut("/events/{id:int}", Update).WithTags("Events").WithName("UpdateEvent")
            .WithSummary("Changes an event: names, dates, zone, venue, capacity, registration window, published; If-Match required.")
            .RequireAuthorization(Policies.OrganizerOfEvent("id"))
            .ProducesValidationProblem().ProducesOrganizerRefusals().ProducesPreconditionProblems();
        api.MapPost("/events/{eventId:int}/rooms", AddRoom).WithTags("Events").WithName("CreateRoom")
            .WithSummary("Adds a room (name, capacity) to the event's venue.")
            .RequireAuthorization(Policies.OrganizerOfEvent("eventId"))
            .ProducesValidationProblem().ProducesOrganizerRefusals();
        return api;
    }

    private static async Task<Created<EventDetail>> Create(int forumId, EventInput input, HttpResponse response, EventEditor editor, AppDbContext db, CancellationToken ct)
    {
        var ev = await editor.CreateAsync(forumId, input, ct);
        EntityTags.Set(response, ev.Version);
        return TypedResults.Created($"{ApiV1.Prefix}/events/{ev.Id}", await DetailAsync(db, ev.Id, ct));
    }

    private static async Task<Ok<EventDetail>> Update(int id, EventInput input, HttpContext http, EventEditor editor, AppDbContext db, CancellationToken ct)
    {
        var ev = await editor.UpdateAsync(id, input, EntityTags.IfMatch(http.Request), ct);
        EntityTags.Set(http.Response, ev.Version);
        return TypedResults.Ok(await DetailAsync(db, id, ct));
    }

    private static async Task<Created<RoomDto>> AddRoom(int eventId, RoomInput input, EventEditor editor, CancellationToken ct)
    {
        var room = await editor.AddRoomAsync(eventId, input, ct);
        // A room has no page or GET of its own: it is listed in its event's venue.
        return TypedResults.Created($"{ApiV1.Prefix}/events/{eventId}", room.ToDto());
    }

    public static async Task<EventDetail> DetailAsync(AppDbContext db, int id, CancellationToken ct) =>
        (await db.Events.AsNoTracking()
            .Include(e => e.Venue).ThenInclude(v => v!.Rooms)
            .Include(e => e.Hosts).ThenInclude(h => h.Organization)
            .Include(e => e.Topics)
            .AsSplitQuery()
            .FirstAsync(e => e.Id == id, ct)).ToDetail();
}
