using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Matchmaking.Requests;

namespace SpaceBridge.Web.Features.Matchmaking.MyAgenda;

public sealed record AgendaSessionDto(int Id, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string? Room, bool Speaking);

/// <summary>A published meeting; <see cref="Interpreter"/> is null unless the two share no language.</summary>
public sealed record AgendaMeetingDto(int Id, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Location, ParticipantDto Counterpart,
    AgendaInterpreterDto? Interpreter);

/// <summary>The interpreter a meeting needs: the pair's language codes (as the event's pool stores them) and a description in the caller's language.</summary>
public sealed record AgendaInterpreterDto(IReadOnlyList<string> Languages, string Description);

public sealed record MyAgendaDto(int EventId, List<AgendaSessionDto> Sessions, List<AgendaMeetingDto> Meetings);

public static class MyAgendaApi
{
    public static IEndpointRouteBuilder MapMyAgendaApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/events/{eventId:int}/my-agenda", Get).RequireAuthorization().WithTags("Meeting requests")
            .WithName("GetMyAgenda")
            .WithSummary("The caller's sessions and published meetings, in the event's time zone.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>
    /// The event and its sessions come from the node's memory (<see cref="PersonalAgenda"/>), so a request reads the
    /// caller's registration with their speaker record, their meetings and their counterparts: three queries (and the
    /// event's interpreter pools when a meeting needs an interpreter).
    /// </summary>
    private static async Task<Results<Ok<MyAgendaDto>, ProblemHttpResult>> Get(
        int eventId, ClaimsPrincipal user, PersonalAgenda agenda, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (await agenda.EventAsync(eventId, ct) is not { } ev)
        {
            return Infrastructure.Api.ApiProblems.NotFound("event", eventId);
        }
        if (await agenda.OwnerAsync(user, eventId, ct) is not { } me)
        {
            return MeetingRequestApi.NotParticipant();
        }
        var culture = CultureInfo.CurrentUICulture;
        var data = await agenda.ForAsync(me, ct);
        return TypedResults.Ok(new MyAgendaDto(eventId,
            data.Sessions.Select(s => new AgendaSessionDto(s.Session.Id, s.Session.Title.In(culture), ev.ToLocal(s.Session.StartsAtUtc),
                ev.ToLocal(s.Session.EndsAtUtc), s.Session.Room?.Name.In(culture), s.Speaking)).ToList(),
            data.Meetings.Select(m => new AgendaMeetingDto(m.Id, ev.ToLocal(m.StartsAtUtc), ev.ToLocal(m.EndsAtUtc), m.Location,
                ParticipantDto.From(m.Other, culture),
                m.Interpreter is { } pair ? new AgendaInterpreterDto([pair.LanguageA, pair.LanguageB], pair.Describe(l)) : null)).ToList()));
    }
}
