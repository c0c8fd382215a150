using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Statements;
using SpaceBridge.Web.Infrastructure.Audit;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.News;

public sealed record NewsDraft(NewsKind Kind, BilingualText Title, BilingualText Body, NewsLicence Licence, string? Credit, int? StatementId, int? EventId);

/// <summary>Writing, publishing and attaching files to the news of a forum: organizers only, every step audited.</summary>
public sealed class NewsDesk(AppDbContext db, ForumAccess access, AuditLog audit, TimeProvider clock)
{
    public async Task<NewsItem> SaveAsync(int forumId, int? itemId, int expectedRevision, NewsDraft draft, bool publish, ClaimsPrincipal user, CancellationToken ct = default)
    {
        await RequireOrganizerAsync(user, forumId);
        await CheckAsync(forumId, draft, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        NewsItem item;
        if (itemId is null)
        {
            item = new NewsItem { ForumId = forumId, CreatedAtUtc = now };
            db.Add(item);
        }
        else
        {
            item = await db.Set<NewsItem>().SingleOrDefaultAsync(n => n.Id == itemId && n.ForumId == forumId, ct) ?? throw NotFound();
            if (item.Revision != expectedRevision)
            {
                throw new NewsRefusal(StatusCodes.Status409Conflict, "stale", "Changed meanwhile", "The item was changed by someone else since you opened it.");
            }
        }
        item.Kind = draft.Kind;
        item.Title = new BilingualText(Trim(draft.Title.En), Trim(draft.Title.Ko));
        item.Body = new BilingualText(Trim(draft.Body.En), Trim(draft.Body.Ko));
        item.Licence = draft.Licence;
        item.Credit = Trim(draft.Credit);
        item.StatementId = draft.StatementId;
        item.EventId = draft.EventId;
        item.UpdatedAtUtc = now;
        item.Revision++;
        if (publish && item.Status == NewsStatus.Draft)
        {
            item.Status = NewsStatus.Published;
            item.PublishedAtUtc ??= now;
        }
        else if (!publish && item.Status == NewsStatus.Published)
        {
            item.Status = NewsStatus.Draft;
        }
        audit.Record(user, itemId is null ? "news.created" : "news.saved", $"news \"{item.Title.En ?? item.Title.Ko}\"", item.Status.ToString(), forumId, draft.EventId);
        await db.SaveChangesAsync(ct);
        return item;
    }

    /// <summary>
    /// Attaches a PDF or image. The file is read to the size limit before anything is stored: too large (413) or not a
    /// PDF or image by its bytes (415) and nothing is written.
    /// </summary>
    public async Task<NewsAttachment> AttachAsync(int forumId, int itemId, string? fileName, Stream content, ClaimsPrincipal user, CancellationToken ct = default)
    {
        await RequireOrganizerAsync(user, forumId);
        var item = await db.Set<NewsItem>().SingleOrDefaultAsync(n => n.Id == itemId && n.ForumId == forumId, ct) ?? throw NotFound();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > NewsRules.MaxAttachmentBytes)
            {
                throw new NewsRefusal(StatusCodes.Status413PayloadTooLarge, "too-large", "File too large",
                    $"An attachment has at most {NewsRules.MaxAttachmentBytes / (1024 * 1024)} MB.");
            }
        }
        var bytes = buffer.ToArray();
        var type = NewsRules.SniffType(bytes.AsSpan(0, Math.Min(bytes.Length, 16)))
            ?? throw new NewsRefusal(StatusCodes.Status415UnsupportedMediaType, "not-pdf-or-image", "Not a PDF or image",
                "Only PDF files and images (PNG, JPEG, GIF, WebP) can be attached; the file's content is none of these.");
        var name = Path.GetFileName(fileName ?? "attachment");
        name = string.Concat(name.Where(c => !char.IsControl(c))).Trim();
        if (name.Length is 0 or > 200)
        {
            name = "attachment";
        }
        var attachment = new NewsAttachment
        {
            FileName = name, ContentType = type, Length = bytes.Length, Content = bytes, AddedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        item.Attachments.Add(attachment);
        item.Revision++;
        audit.Record(user, "news.attached", $"news {item.Id}", $"{name} ({type}, {bytes.Length} bytes)", forumId);
        await db.SaveChangesAsync(ct);
        return attachment;
    }

    public async Task RemoveAttachmentAsync(int forumId, int itemId, int attachmentId, ClaimsPrincipal user, CancellationToken ct = default)
    {
        await RequireOrganizerAsync(user, forumId);
        var attachment = await db.Set<NewsAttachment>().Include(a => a.NewsItem)
            .SingleOrDefaultAsync(a => a.Id == attachmentId && a.NewsItemId == itemId && a.NewsItem.ForumId == forumId, ct) ?? throw NotFound();
        db.Remove(attachment);
        attachment.NewsItem.Revision++;
        audit.Record(user, "news.attachment-removed", $"news {itemId}", attachment.FileName, forumId);
        await db.SaveChangesAsync(ct);
    }

    private async Task CheckAsync(int forumId, NewsDraft draft, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(draft.Title.En) && string.IsNullOrWhiteSpace(draft.Title.Ko))
        {
            errors["titleEn"] = ["Give a title in English or Korean."];
        }
        if (draft.Title.En?.Length > 300 || draft.Title.Ko?.Length > 300)
        {
            errors["titleEn"] = ["A title has at most 300 characters."];
        }
        if (draft.Body.En?.Length > NewsRules.MaxBody || draft.Body.Ko?.Length > NewsRules.MaxBody)
        {
            errors["bodyEn"] = [$"The text has at most {NewsRules.MaxBody} characters."];
        }
        if (!Enum.IsDefined(draft.Kind) || !Enum.IsDefined(draft.Licence))
        {
            errors["licence"] = ["Choose a kind and a licence."];
        }
        if (draft.Licence != NewsLicence.AllRightsReserved && string.IsNullOrWhiteSpace(draft.Credit))
        {
            errors["credit"] = ["This licence requires a credit: name the source (and author)."];
        }
        if (draft.Credit?.Length > 500)
        {
            errors["credit"] = ["A credit has at most 500 characters."];
        }
        if (draft.StatementId is { } sid && !await db.Set<JointStatement>().AnyAsync(s => s.Id == sid && s.ForumId == forumId, ct))
        {
            errors["statementId"] = ["No such statement in this forum."];
        }
        if (draft.EventId is { } eid && !await db.Events.AnyAsync(e => e.Id == eid && e.ForumId == forumId, ct))
        {
            errors["eventId"] = ["No such event in this forum."];
        }
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }
    }

    private async Task RequireOrganizerAsync(ClaimsPrincipal user, int forumId)
    {
        if (!await access.IsOrganizerAsync(user, forumId))
        {
            throw new NewsRefusal(StatusCodes.Status403Forbidden, "not-organizer", "Forbidden", "Only organizers of this forum may write its news.");
        }
    }

    private static NewsRefusal NotFound() => new(StatusCodes.Status404NotFound, "not-found", "Not found", "There is no such news item.");

    private static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
}

public sealed class NewsRefusal(int statusCode, string code, string title, string detail) : Exception(detail), IDomainRefusal
{
    public int StatusCode { get; } = statusCode;
    public string Code { get; } = code;
    public string Title { get; } = title;
    public string Detail { get; } = detail;
    public IReadOnlyDictionary<string, object?>? Extensions => new Dictionary<string, object?> { ["code"] = Code };
}
