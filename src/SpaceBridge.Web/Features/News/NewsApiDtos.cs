using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using SpaceBridge.Web.Infrastructure.Api;

namespace SpaceBridge.Web.Features.News;

/// <summary>A news item in a list; <see cref="Revision"/> is also its ETag.</summary>
public sealed record NewsItemSummary(int Id, int ForumId, NewsKind Kind, NewsStatus Status, LocalizedText Title, DateTime? PublishedAtUtc,
    DateTime UpdatedAtUtc, int Revision);

public sealed record NewsAttachmentDto(int Id, string FileName, string ContentType, long Length, string Url);

/// <summary>A news item: its Markdown in both languages and the sanitized HTML the public pages show.</summary>
public sealed record NewsItemDetail(int Id, int ForumId, NewsKind Kind, NewsStatus Status, LocalizedText Title, LocalizedText Body,
    LocalizedText BodyHtml, NewsLicence Licence, string? Credit, int? StatementId, int? EventId, DateTime CreatedAtUtc, DateTime? PublishedAtUtc,
    DateTime UpdatedAtUtc, int Revision, List<NewsAttachmentDto> Attachments);

/// <summary>The whole of a news item as organizers write it; <see cref="Published"/> false keeps (or makes) it a draft.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record NewsItemRequest(
    [property: JsonRequired] NewsKind Kind,
    [property: JsonRequired] LocalizedText Title,
    LocalizedText? Body,
    [property: JsonRequired] NewsLicence Licence,
    [property: StringLength(500)] string? Credit,
    int? StatementId,
    int? EventId,
    bool Published)
{
    public NewsDraft ToDraft() => new(Kind, new(Title.En, Title.Ko), new(Body?.En, Body?.Ko), Licence, Credit, StatementId, EventId);
}

public static class NewsApiMapping
{
    public static NewsItemSummary ToSummary(this NewsItem n) =>
        new(n.Id, n.ForumId, n.Kind, n.Status, n.Title.ToDto(), n.PublishedAtUtc, n.UpdatedAtUtc, n.Revision);

    public static NewsItemDetail ToDetail(this NewsItem n) => new(n.Id, n.ForumId, n.Kind, n.Status, n.Title.ToDto(), n.Body.ToDto(),
        new LocalizedText(n.Body.En is null ? null : NewsMarkdown.ToSafeHtml(n.Body.En), n.Body.Ko is null ? null : NewsMarkdown.ToSafeHtml(n.Body.Ko)),
        n.Licence, n.Credit, n.StatementId, n.EventId, n.CreatedAtUtc, n.PublishedAtUtc, n.UpdatedAtUtc, n.Revision,
        n.Attachments.OrderBy(a => a.Id).Select(a => new NewsAttachmentDto(a.Id, a.FileName, a.ContentType, a.Length, $"/news/attachments/{a.Id}")).ToList());
}
