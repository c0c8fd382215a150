using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Infrastructure.Api;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Programme.Events;

public static class EventsApi
{
    public static RouteGroupBuilder MapEventsApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/events").WithTags("Events");
        group.MapGet("/", ListEvents).WithName("ListEvents")
            .WithSummary("Lists events (symposia) of all forums, earliest first.");
        group.MapGet("/{id:int}", GetEvent).WithName("GetEvent")
            .WithSummary("Gets an event with its hosts, venue and topics.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<Results<Ok<PagedList<EventSummary>>, ValidationProblem>> ListEvents(
        int? page, int? pageSize, HttpContext http, AppDbContext db, DraftVisibility visibility, CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var paging = PageRequest.From(page, pageSize, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        var drafts = await visibility.ForumsAsync(http.User, cancellationToken);
        var query = db.Events.AsNoTracking().VisibleIn(drafts).Include(e => e.Venue).OrderBy(e => e.StartDate).ThenBy(e => e.Id);
        return TypedResults.Ok(await paging.ToPageAsync(query, e => e.ToSummary(), cancellationToken));
    }

    private static async Task<Results<Ok<EventDetail>, ProblemHttpResult>> GetEvent(
        int id, HttpContext http, AppDbContext db, DraftVisibility visibility, CancellationToken cancellationToken)
    {
        var drafts = await visibility.ForumsAsync(http.User, cancellationToken);
        var found = await db.Events.AsNoTracking().VisibleIn(drafts)
            .Include(e => e.Venue).ThenInclude(v => v!.Rooms)
            .Include(e => e.Hosts).ThenInclude(h => h.Organization)
            .Include(e => e.Topics)
            .AsSplitQuery()
            .FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (found is null)
        {
            return ApiProblems.NotFound("event", id);
        }
        EntityTags.Set(http.Response, found.Version);
        return TypedResults.Ok(found.ToDetail());
    }
}
