using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Calendar;
using SpaceBridge.Web.Features.Matchmaking.Requests;
using SpaceBridge.Web.Infrastructure.Api;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Security;

namespace SpaceBridge.Web.Features.Matchmaking.MyAgenda;

/// <summary>The personal agenda as iCalendar at its secret address; each entry's UID stays the same across fetches.</summary>
public static class AgendaFeedEndpoint
{
    public static IEndpointRouteBuilder MapAgendaFeed(this IEndpointRouteBuilder app)
    {
        // The token is the credential: calendar apps fetch it without cookies.
        app.MapGet("/feeds/agenda/{token}.ics", Feed).AllowAnonymous().WithTags("Calendar")
            .WithName("GetAgendaFeed")
            .WithSummary("A participant's personal agenda (sessions and published meetings) at its secret address.")
            .ProducesFile(ProgrammeCalendar.MediaType);
        return app;
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> Feed(
        string token, HttpRequest request, AppDbContext db, PersonalAgenda agenda, TimeProvider clock,
        IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var owner = await db.AgendaFeeds.AsNoTracking().Where(f => f.Token == token)
            .Select(f => new
            {
                f.Registration,
                Culture = f.Registration.User == null ? null : f.Registration.User.PreferredCulture,
                PersonId = f.Registration.User == null ? null : f.Registration.User.PersonId,
            })
            .FirstOrDefaultAsync(ct);
        if (owner is null || owner.Registration.Status != Registrations.RegistrationStatus.Approved)
        {
            return TypedResults.NotFound();
        }
        var culture = request.Query.ContainsKey("culture") || owner.Culture is null ? CultureInfo.CurrentUICulture : CultureInfo.GetCultureInfo(owner.Culture);
        var data = await agenda.ForAsync(new AgendaOwner(owner.Registration, owner.PersonId), ct);
        var baseUri = request.HttpContext.RequestServices.GetRequiredService<PublicOrigins>().BaseUri;
        var entries = MeetingMail.In(culture, () => data.Meetings.Select(m => new CalendarEntry(
            m.Uid, m.StartsAtUtc, m.EndsAtUtc, data.Event,
            l["MyAgenda.Feed.Summary", m.Other.Name(culture), m.Other.OrganizationIn(culture)],
            m.Interpreter is { } pair
                ? $"{l["MyAgenda.Feed.Description", m.Other.Describe(culture), m.Location]} {l["MyAgenda.Feed.Interpreter", pair.Describe(l)]}"
                : l["MyAgenda.Feed.Description", m.Other.Describe(culture), m.Location].Value,
            m.Location)).ToList());
        var name = MeetingMail.In(culture, () => l["MyAgenda.Feed.Name", data.Event.Name.In(culture)].Value);
        var text = ProgrammeCalendar.Write(name, data.Sessions.Select(s => s.Session), culture, clock.GetUtcNow().UtcDateTime,
            id => new Uri(baseUri, $"sessions/{id}"), entries);
        return TypedResults.File(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text),
            $"{ProgrammeCalendar.MediaType}; charset=utf-8", "my-agenda.ics");
    }
}
