using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using SpaceBridge.Web.Features.Programme.Editing;
using SpaceBridge.Web.Infrastructure.Api;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.Programme.Sessions;

/// <summary>
/// A session as organizers write it; <see cref="StartsAt"/> and <see cref="EndsAt"/> carry the event's offset
/// (e.g. 2026-11-08T09:00:00+09:00). A new session is a draft unless <see cref="Published"/>.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record SessionInput(
    [property: JsonRequired] SessionKind Kind,
    [property: Required] LocalizedText Title,
    LocalizedText? Description,
    [property: JsonRequired] DateTimeOffset StartsAt,
    [property: JsonRequired] DateTimeOffset EndsAt,
    int? RoomId,
    [property: DistinctItems] IReadOnlyList<int>? TopicIds,
    [property: DistinctItems(Key = nameof(SessionPersonInput.PersonId))] IReadOnlyList<SessionPersonInput>? People,
    bool Published)
{
    public SessionEdit ToEdit() => new(Kind, new BilingualText(Title.En, Title.Ko), StartsAt.UtcDateTime, EndsAt.UtcDateTime, RoomId,
        [.. (People ?? []).Select(p => (p.PersonId, p.Role))])
    {
        Description = new BilingualText(Description?.En, Description?.Ko),
        TopicIds = TopicIds ?? [],
        Published = Published,
    };
}

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record SessionPersonInput([property: JsonRequired] int PersonId, [property: JsonRequired] SessionRole Role);
