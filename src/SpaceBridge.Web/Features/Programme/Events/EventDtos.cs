using SpaceBridge.Web.Features.Programme.People;
using SpaceBridge.Web.Features.Programme.Sessions;
using SpaceBridge.Web.Infrastructure.Api;

namespace SpaceBridge.Web.Features.Programme.Events;

public sealed record EventSummary(
    int Id, int ForumId, string Slug, LocalizedText Name, string TimeZone, DateOnly StartDate, DateOnly EndDate, LocalizedText? VenueName);

public sealed record EventDetail(
    int Id, int ForumId, string Slug, LocalizedText Name, LocalizedText Description, string TimeZone,
    DateOnly StartDate, DateOnly EndDate, VenueDto? Venue, IReadOnlyList<EventHostDto> Hosts, IReadOnlyList<TopicDto> Topics,
    int? Capacity, DateTimeOffset? RegistrationOpensAt, DateTimeOffset? RegistrationClosesAt, bool Published);

public sealed record VenueDto(int Id, LocalizedText Name, LocalizedText Address, string City, IReadOnlyList<RoomDto> Rooms);

public sealed record RoomDto(int Id, LocalizedText Name, int? Capacity);

public sealed record EventHostDto(int OrganizationId, LocalizedText Name, string? Acronym, string CountryCode, HostRole Role);

public sealed record TopicDto(int Id, string Slug, LocalizedText Name);

public static class EventMapping
{
    public static EventSummary ToSummary(this Event e) =>
        new(e.Id, e.ForumId, e.Slug, e.Name.ToDto(), e.TimeZoneId, e.StartDate, e.EndDate, e.Venue?.Name.ToDto());

    public static EventDetail ToDetail(this Event e) =>
        new(e.Id, e.ForumId, e.Slug, e.Name.ToDto(), e.Description.ToDto(), e.TimeZoneId, e.StartDate, e.EndDate,
            e.Venue?.ToDto(),
            [.. e.Hosts.OrderBy(h => h.Role).ThenBy(h => h.OrganizationId).Select(h => h.ToDto())],
            [.. e.Topics.OrderBy(t => t.Id).Select(t => t.ToDto())],
            e.Capacity, e.RegistrationOpensAtUtc is { } opens ? e.ToLocal(opens) : null,
            e.RegistrationClosesAtUtc is { } closes ? e.ToLocal(closes) : null, e.Published);

    public static VenueDto ToDto(this Venue venue) =>
        new(venue.Id, venue.Name.ToDto(), venue.Address.ToDto(), venue.City,
            [.. venue.Rooms.OrderBy(r => r.Id).Select(r => r.ToDto())]);

    public static RoomDto ToDto(this Room room) => new(room.Id, room.Name.ToDto(), room.Capacity);

    public static EventHostDto ToDto(this EventHost host) =>
        new(host.OrganizationId, host.Organization.Name.ToDto(), host.Organization.Acronym, host.Organization.CountryCode, host.Role);

    public static TopicDto ToDto(this Topic topic) => new(topic.Id, topic.Slug, topic.Name.ToDto());
}
