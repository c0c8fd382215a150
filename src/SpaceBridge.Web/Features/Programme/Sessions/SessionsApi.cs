using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Infrastructure.Api;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Programme.Sessions;

public static class SessionsApi
{
    public static IEndpointRouteBuilder MapSessionsApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/events/{eventId:int}/sessions", ListEventSessions)
            .WithTags("Sessions")
            .WithName("ListEventSessions")
            .WithSummary("Lists an event's sessions in time order, optionally filtered by topic slug, kind and local day.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/sessions/{id:int}", GetSession)
            .WithTags("Sessions")
            .WithName("GetSession")
            .WithSummary("Gets a session with its room, topics and people.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static IQueryable<Session> WithDetails(IQueryable<Session> sessions) => sessions
        .Include(s => s.Event)
        .Include(s => s.Room)
        .Include(s => s.Topics)
        .Include(s => s.People).ThenInclude(p => p.Person)
        .AsSplitQuery();

    private static async Task<Results<Ok<PagedList<SessionDto>>, ValidationProblem, ProblemHttpResult>> ListEventSessions(
        int eventId, int? page, int? pageSize, string? topic, SessionKind? kind, DateOnly? day,
        HttpContext http, AppDbContext db, DraftVisibility visibility, CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var paging = PageRequest.From(page, pageSize, errors);
        if (kind is { } k && !Enum.IsDefined(k))
        {
            errors.Add("kind", $"kind must be one of {string.Join(", ", Enum.GetNames<SessionKind>())}.");
        }
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var drafts = await visibility.ForumsAsync(http.User, cancellationToken);
        var ev = await db.Events.AsNoTracking().VisibleIn(drafts).Include(e => e.Topics).FirstOrDefaultAsync(e => e.Id == eventId, cancellationToken);
        if (ev is null)
        {
            return ApiProblems.NotFound("event", eventId);
        }

        var query = db.Sessions.AsNoTracking().Where(s => s.EventId == eventId).VisibleIn(drafts);
        if (!string.IsNullOrEmpty(topic))
        {
            if (!ev.Topics.Any(t => t.Slug == topic))
            {
                errors.Add("topic", $"The event has no topic '{topic}'; known topics: {string.Join(", ", ev.Topics.Select(t => t.Slug))}.");
                return errors.ToProblem();
            }
            query = query.Where(s => s.Topics.Any(t => t.Slug == topic));
        }
        if (kind is not null)
        {
            query = query.Where(s => s.Kind == kind);
        }
        if (day is { } d)
        {
            if (d < ev.StartDate || d > ev.EndDate)
            {
                errors.Add("day", $"day must be a day of the event, {ev.StartDate:yyyy-MM-dd} to {ev.EndDate:yyyy-MM-dd}; got {d:yyyy-MM-dd}.");
                return errors.ToProblem();
            }
            // The day is a calendar day in the event's zone, not in UTC.
            var (from, to) = ev.DayBoundsUtc(d);
            query = query.Where(s => s.StartsAtUtc >= from && s.StartsAtUtc < to);
        }

        var ordered = WithDetails(query).OrderBy(s => s.StartsAtUtc).ThenBy(s => s.Id);
        return TypedResults.Ok(await paging.ToPageAsync(ordered, s => s.ToDto(), cancellationToken));
    }

    private static async Task<Results<Ok<SessionDto>, ProblemHttpResult>> GetSession(
        int id, HttpContext http, AppDbContext db, DraftVisibility visibility, CancellationToken cancellationToken)
    {
        var drafts = await visibility.ForumsAsync(http.User, cancellationToken);
        var session = await WithDetails(db.Sessions.AsNoTracking().VisibleIn(drafts)).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (session is null)
        {
            return ApiProblems.NotFound("session", id);
        }
        EntityTags.Set(http.Response, session.Version);
        return TypedResults.Ok(session.ToDto());
    }
}
