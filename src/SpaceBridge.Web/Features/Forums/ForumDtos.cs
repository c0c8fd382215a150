using SpaceBridge.Web.Domain;
using SpaceBridge.Web.Features.Api;
using SpaceBridge.Web.Features.Events;

namespace SpaceBridge.Web.Features.Forums;

public sealed record ForumSummary(int Id, string Slug, LocalizedText Name, string City, string TimeZone);

public sealed record ForumDetail(
    int Id, string Slug, LocalizedText Name, LocalizedText Description, string City, string TimeZone,
    string? SourceCredit, IReadOnlyList<EventSummary> Events);

public static class ForumMapping
{
    public static ForumSummary ToSummary(this Forum forum) =>
        new(forum.Id, forum.Slug, forum.Name.ToDto(), forum.City, forum.TimeZoneId);

    public static ForumDetail ToDetail(this Forum forum) =>
        new(forum.Id, forum.Slug, forum.Name.ToDto(), forum.Description.ToDto(), forum.City, forum.TimeZoneId,
            forum.SourceCredit, [.. forum.Events.OrderBy(e => e.StartDate).ThenBy(e => e.Id).Select(e => e.ToSummary())]);
}
