using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Features.Programme.Organizations;
using SpaceBridge.Web.Features.Programme.People;
using SpaceBridge.Web.Features.Programme.Sessions;
using SpaceBridge.Web.Infrastructure.Api;

namespace SpaceBridge.Web.Features.Programme.Forums;

public sealed record ForumSummary(int Id, string Slug, LocalizedText Name, string City, string TimeZone);

public sealed record ForumDetail(
    int Id, string Slug, LocalizedText Name, LocalizedText Description, string City, string TimeZone,
    string? SourceCredit, IReadOnlyList<EventSummary> Events, IReadOnlyList<int> HostOrganizationIds, IReadOnlyList<string> Languages);

public static class ForumMapping
{
    public static ForumSummary ToSummary(this Forum forum) =>
        new(forum.Id, forum.Slug, forum.Name.ToDto(), forum.City, forum.TimeZoneId);

    public static ForumDetail ToDetail(this Forum forum) =>
        new(forum.Id, forum.Slug, forum.Name.ToDto(), forum.Description.ToDto(), forum.City, forum.TimeZoneId,
            forum.SourceCredit, [.. forum.Events.OrderBy(e => e.StartDate).ThenBy(e => e.Id).Select(e => e.ToSummary())],
            [.. forum.Hosts.Select(h => h.OrganizationId).Order()], forum.Languages.Split(',', StringSplitOptions.RemoveEmptyEntries));
}
