using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Accounts;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Features.Statements;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.News;

/// <summary>Writing a news item or notice in both languages, publishing it, attaching files: organizers of the forum.</summary>
[Authorize(Policy = Policies.ForumOrganizer)]
public sealed class WriteModel(AppDbContext db, NewsDesk desk, IStringLocalizer<SharedResource> l) : PageModel
{
    public NewsItem? Item { get; private set; }
    public int ForumId { get; private set; }
    public List<JointStatement> Statements { get; private set; } = [];
    public List<Event> Events { get; private set; } = [];
    public NewsDraft Draft { get; private set; } = new(NewsKind.PressRelease, new(), new(), NewsLicence.KoglType1, null, null, null);

    public async Task<IActionResult> OnGetAsync(int forumId, int? itemId, CancellationToken ct)
    {
        if (!await LoadAsync(forumId, itemId, ct))
        {
            return NotFound();
        }
        if (Item is not null)
        {
            Draft = new NewsDraft(Item.Kind, Item.Title, Item.Body, Item.Licence, Item.Credit, Item.StatementId, Item.EventId);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int forumId, int? itemId, int revision, NewsKind kind, string? titleEn, string? titleKo, string? bodyEn,
        string? bodyKo, NewsLicence licence, string? credit, int? statementId, int? eventId, bool publish, CancellationToken ct)
    {
        if (!await LoadAsync(forumId, itemId, ct))
        {
            return NotFound();
        }
        Draft = new NewsDraft(kind, new BilingualText(titleEn, titleKo), new BilingualText(bodyEn, bodyKo), licence, credit, statementId, eventId);
        try
        {
            var saved = await desk.SaveAsync(forumId, itemId, revision, Draft, publish, User, ct);
            return Redirect($"/forums/{forumId}/news/{saved.Id}");
        }
        catch (DomainValidationException invalid)
        {
            foreach (var (field, messages) in invalid.Errors)
            {
                ModelState.AddModelError(field, string.Join(" ", messages));
            }
        }
        catch (NewsRefusal refusal)
        {
            ModelState.AddModelError("", l[$"News.Refused.{refusal.Code}"]);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAttachAsync(int forumId, int? itemId, IFormFile? file, CancellationToken ct)
    {
        if (itemId is null || !await LoadAsync(forumId, itemId, ct))
        {
            return NotFound();
        }
        Draft = new NewsDraft(Item!.Kind, Item.Title, Item.Body, Item.Licence, Item.Credit, Item.StatementId, Item.EventId);
        if (file is null)
        {
            ModelState.AddModelError("file", l["News.Refused.no-file"]);
            return Page();
        }
        try
        {
            await using var stream = file.OpenReadStream();
            await desk.AttachAsync(forumId, itemId.Value, file.FileName, stream, User, ct);
            return Redirect($"/forums/{forumId}/news/write/{itemId}#attachments");
        }
        catch (NewsRefusal refusal)
        {
            ModelState.AddModelError("file", l[$"News.Refused.{refusal.Code}"]);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(int forumId, int? itemId, int attachmentId, CancellationToken ct)
    {
        if (itemId is null || !await LoadAsync(forumId, itemId, ct))
        {
            return NotFound();
        }
        await desk.RemoveAttachmentAsync(forumId, itemId.Value, attachmentId, User, ct);
        return Redirect($"/forums/{forumId}/news/write/{itemId}#attachments");
    }

    private async Task<bool> LoadAsync(int forumId, int? itemId, CancellationToken ct)
    {
        ForumId = forumId;
        if (!await db.Forums.AnyAsync(f => f.Id == forumId, ct))
        {
            return false;
        }
        if (itemId is not null)
        {
            Item = await db.Set<NewsItem>().AsNoTracking().Include(n => n.Attachments).FirstOrDefaultAsync(n => n.Id == itemId && n.ForumId == forumId, ct);
            if (Item is null)
            {
                return false;
            }
        }
        Statements = await db.Set<JointStatement>().AsNoTracking().Where(s => s.ForumId == forumId).OrderBy(s => s.Id).ToListAsync(ct);
        Events = await db.Events.AsNoTracking().Where(e => e.ForumId == forumId).OrderBy(e => e.StartDate).ToListAsync(ct);
        return true;
    }
}
