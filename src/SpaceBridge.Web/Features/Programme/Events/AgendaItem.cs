using SpaceBridge.Web.Features.Programme.People;
using SpaceBridge.Web.Features.Programme.Sessions;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.Programme.Events;

public sealed record TopicRef(string Slug, BilingualText Name);

public sealed record RoomRef(int Id, BilingualText Name);

/// <summary>A person on a session, with just the fields needed for <see cref="Person.DisplayName"/>.</summary>
public sealed record PersonInRole(Person Person, SessionRole Role);

public sealed record AgendaItem(
    int Id,
    SessionKind Kind,
    BilingualText Title,
    DateTime StartsAtUtc,
    DateTime EndsAtUtc,
    RoomRef? Room,
    IReadOnlyList<TopicRef> Topics,
    IReadOnlyList<PersonInRole> People);
