using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using SpaceBridge.Web.Infrastructure.Api;

namespace SpaceBridge.Web.Features.Programme.Events;

/// <summary>
/// An event (symposium) as organizers write it. The time zone defaults to the forum's; the registration window's
/// instants carry an offset (e.g. 2026-10-01T09:00:00+09:00); a new event is a draft unless <see cref="Published"/>.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record EventInput(
    [property: Required] string Slug,
    [property: Required] LocalizedText Name,
    LocalizedText? Description,
    string? TimeZone,
    [property: JsonRequired] DateOnly StartDate,
    [property: JsonRequired] DateOnly EndDate,
    [property: Range(1, 1_000_000)] int? Capacity,
    DateTimeOffset? RegistrationOpensAt,
    DateTimeOffset? RegistrationClosesAt,
    bool Published,
    VenueInput? Venue);

/// <summary>Where the event takes place; its rooms are added with POST /api/v1/events/{eventId}/rooms.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record VenueInput([property: Required] LocalizedText Name, LocalizedText? Address, [property: Required] string City);

/// <summary>A room of the event's venue.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record RoomInput([property: Required] LocalizedText Name, [property: Range(1, 100_000)] int? Capacity);
