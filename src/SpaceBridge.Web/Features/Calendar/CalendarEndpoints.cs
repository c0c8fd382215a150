using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Features.Programme.Sessions;
using SpaceBridge.Web.Infrastructure.Api;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Security;

namespace SpaceBridge.Web.Features.Calendar;

/// <summary>
/// iCalendar downloads of the agenda: a whole forum, one event, one session. Text is in the request's culture
/// (?culture=ko or the culture cookie; English by default).
/// </summary>
public static class CalendarEndpoints
{
    public static IEndpointRouteBuilder MapProgrammeCalendars(this IEndpointRouteBuilder app)
    {
        // Public like the agenda pages they belong to.
        var group = app.MapGroup("").WithTags("Calendar").AllowAnonymous();
        group.MapGet("/forums/{id:int}/agenda.ics", ForumAgenda).WithName("GetForumCalendar")
            .WithSummary("The whole agenda of a forum as iCalendar.").ProducesFile(ProgrammeCalendar.MediaType);
        group.MapGet("/events/{id:int}/agenda.ics", EventAgenda).WithName("GetEventCalendar")
            .WithSummary("An event's agenda as iCalendar.").ProducesFile(ProgrammeCalendar.MediaType);
        group.MapGet("/sessions/{id:int}.ics", OneSession).WithName("GetSessionCalendar")
            .WithSummary("One session as iCalendar.").ProducesFile(ProgrammeCalendar.MediaType);
        return app;
    }

    private static IQueryable<Session> Agenda(AppDbContext db) => db.Sessions.AsNoTracking()
        .Include(s => s.Event).ThenInclude(e => e.Venue)
        .Include(s => s.Room).ThenInclude(r => r!.Venue)
        .Include(s => s.Topics)
        .Include(s => s.People).ThenInclude(p => p.Person)
        .AsSplitQuery();

    private static async Task<Results<FileContentHttpResult, NotFound>> ForumAgenda(
        int id, HttpRequest request, AppDbContext db, DraftVisibility visibility, TimeProvider clock, CancellationToken cancellationToken)
    {
        var forum = await db.Forums.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (forum is null)
        {
            return TypedResults.NotFound();
        }
        var drafts = await visibility.ForumsAsync(request.HttpContext.User, cancellationToken);
        var sessions = await Agenda(db).Where(s => s.Event.ForumId == id).VisibleIn(drafts).ToListAsync(cancellationToken);
        return Ics(request, clock, forum.Name.In(CultureInfo.CurrentUICulture), sessions, $"{forum.Slug}.ics");
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> EventAgenda(
        int id, HttpRequest request, AppDbContext db, DraftVisibility visibility, TimeProvider clock, CancellationToken cancellationToken)
    {
        var drafts = await visibility.ForumsAsync(request.HttpContext.User, cancellationToken);
        var ev = await db.Events.AsNoTracking().VisibleIn(drafts).FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (ev is null)
        {
            return TypedResults.NotFound();
        }
        var sessions = await Agenda(db).Where(s => s.EventId == id).VisibleIn(drafts).ToListAsync(cancellationToken);
        return Ics(request, clock, ev.Name.In(CultureInfo.CurrentUICulture), sessions, $"{ev.Slug}.ics");
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> OneSession(
        int id, HttpRequest request, AppDbContext db, DraftVisibility visibility, TimeProvider clock, CancellationToken cancellationToken)
    {
        var drafts = await visibility.ForumsAsync(request.HttpContext.User, cancellationToken);
        var session = await Agenda(db).VisibleIn(drafts).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (session is null)
        {
            return TypedResults.NotFound();
        }
        return Ics(request, clock, session.Title.In(CultureInfo.CurrentUICulture), [session], $"session-{id}.ics");
    }

    private static FileContentHttpResult Ics(HttpRequest request, TimeProvider clock, string name, IEnumerable<Session> sessions, string fileName)
    {
        var baseUri = request.HttpContext.RequestServices.GetRequiredService<PublicOrigins>().BaseUri;
        var text = ProgrammeCalendar.Write(name, sessions, CultureInfo.CurrentUICulture, clock.GetUtcNow().UtcDateTime,
            sessionId => new Uri(baseUri, $"sessions/{sessionId}"));
        return TypedResults.File(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text),
            $"{ProgrammeCalendar.MediaType}; charset=utf-8", fileName);
    }
}
