using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Features.Programme.People;
using SpaceBridge.Web.Infrastructure.Api;

namespace SpaceBridge.Web.Features.Programme.Sessions;

/// <summary>An agenda item; start and end carry the event's UTC offset (e.g. +09:00 for Asia/Seoul).</summary>
public sealed record SessionDto(
    int Id, int EventId, SessionKind Kind, LocalizedText Title, LocalizedText Description,
    DateTimeOffset StartsAt, DateTimeOffset EndsAt, string TimeZone, RoomDto? Room,
    IReadOnlyList<TopicDto> Topics, IReadOnlyList<SessionPersonDto> People, bool Published);

public sealed record SessionPersonDto(int PersonId, string RomanizedName, string? HangulName, SessionRole Role, int? OrganizationId);

public static class SessionMapping
{
    /// <summary>Needs <see cref="Session.Event"/>, Room, Topics and People.Person loaded.</summary>
    public static SessionDto ToDto(this Session s) =>
        new(s.Id, s.EventId, s.Kind, s.Title.ToDto(), s.Description.ToDto(),
            s.Event.ToLocal(s.StartsAtUtc), s.Event.ToLocal(s.EndsAtUtc), s.Event.TimeZoneId, s.Room?.ToDto(),
            [.. s.Topics.OrderBy(t => t.Id).Select(t => t.ToDto())],
            [.. s.People.OrderBy(p => p.Order).Select(p => new SessionPersonDto(
                p.PersonId, p.Person.RomanizedName, p.Person.HangulName, p.Role, p.Person.OrganizationId))], s.Published);
}
