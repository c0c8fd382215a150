using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Accounts;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.News;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Features.Programme.Forums;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Pipeline.FollowUp;

/// <summary>
/// An organizer writes a follow-up mail to an audience of the forum, previews it with its recipient count, and sends it
/// as an e-mail batch that the job engine runs; the page then shows the batch's progress.
/// </summary>
[Authorize(Policy = Policies.ForumOrganizer)]
public sealed class ComposeModel(AppDbContext db, FollowUpAudiences audiences, EmailBatches batches, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty] public FollowUpMessage Input { get; set; } = new();
    public Forum Forum { get; private set; } = null!;
    public List<Event> Events { get; private set; } = [];
    /// <summary>Set once a preview was asked for and the message is valid.</summary>
    public int? RecipientCount { get; private set; }
    public string PreviewEn { get; private set; } = "";
    public string PreviewKo { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int forumId, CancellationToken ct)
    {
        if (!await LoadAsync(forumId, ct)) return NotFound();
        Input.EventId ??= Events.FirstOrDefault()?.Id;
        Input.Token = Guid.NewGuid().ToString("N");
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(int forumId, CancellationToken ct)
    {
        if (!await LoadAsync(forumId, ct)) return NotFound();
        if (await RecipientsAsync(forumId, ct) is not { } recipients) return Page();
        ModelState.Remove("Input.PreviewedCount");
        Input.PreviewedCount = RecipientCount = recipients.Count;
        (PreviewEn, PreviewKo) = (NewsMarkdown.ToSafeHtml(Input.BodyEn), NewsMarkdown.ToSafeHtml(Input.BodyKo));
        return Page();
    }

    public async Task<IActionResult> OnPostSendAsync(int forumId, CancellationToken ct)
    {
        if (!await LoadAsync(forumId, ct)) return NotFound();
        // The same form sent again finds its batch, whatever changed since.
        if (await db.EmailBatches.AsNoTracking().Where(b => b.Key == Key(forumId) && b.ForumId == forumId).Select(b => (int?)b.Id).FirstOrDefaultAsync(ct) is { } sent)
        {
            return Redirect($"/forums/{forumId}/follow-up/batches/{sent}");
        }
        if (await RecipientsAsync(forumId, ct) is not { } recipients) return Page();
        if (recipients.Count != Input.PreviewedCount)
        {
            // The audience changed since the preview (or there was none): show the new count and let the organizer look again.
            Input.PreviewedCount = RecipientCount = recipients.Count;
            (PreviewEn, PreviewKo) = (NewsMarkdown.ToSafeHtml(Input.BodyEn), NewsMarkdown.ToSafeHtml(Input.BodyKo));
            ModelState.AddModelError("", l["FollowUp.Error.CountChanged", recipients.Count]);
            return Page();
        }
        var (id, _) = await batches.CreateAsync(forumId, Key(forumId), EmailBatchKind.Announcement, Input.MailSubject(), Input.MailBody(), recipients,
            ForumAccess.UserId(User), Input.Audience == FollowUpAudience.InitiativeParties ? null : Input.EventId, ct: ct);
        return Redirect($"/forums/{forumId}/follow-up/batches/{id}");
    }

    private string Key(int forumId) => $"compose:{forumId}:{Input.Token}";

    private async Task<bool> LoadAsync(int forumId, CancellationToken ct)
    {
        if (await db.Forums.AsNoTracking().FirstOrDefaultAsync(f => f.Id == forumId, ct) is not { } forum) return false;
        Forum = forum;
        Events = await db.Events.AsNoTracking().Where(e => e.ForumId == forumId).OrderBy(e => e.StartDate).ThenBy(e => e.Id).ToListAsync(ct);
        return true;
    }

    /// <summary>The recipients of a valid message; null, with field errors, for one that is not.</summary>
    private async Task<List<BatchRecipient>?> RecipientsAsync(int forumId, CancellationToken ct)
    {
        if (Input.Token is not { Length: 32 } token || !Guid.TryParseExact(token, "N", out _))
        {
            ModelState.AddModelError("", l["FollowUp.Error.Form"]);
        }
        if (Input.Audience is null) ModelState.AddModelError("Input.Audience", l["FollowUp.Error.Audience"]);
        var needsEvent = Input.Audience is FollowUpAudience.Registrants or FollowUpAudience.MeetingParticipants;
        if (needsEvent && !Events.Any(e => e.Id == Input.EventId)) ModelState.AddModelError("Input.EventId", l["FollowUp.Error.Event"]);
        if (Input.Audience == FollowUpAudience.Registrants && Input.Status is null) ModelState.AddModelError("Input.Status", l["FollowUp.Error.Status"]);
        Check(Input.SubjectEn, "Input.SubjectEn", FollowUpMessage.SubjectLength);
        Check(Input.SubjectKo, "Input.SubjectKo", FollowUpMessage.SubjectLength);
        Check(Input.BodyEn, "Input.BodyEn", FollowUpMessage.BodyLength);
        Check(Input.BodyKo, "Input.BodyKo", FollowUpMessage.BodyLength);
        if (!ModelState.IsValid) return null;
        var recipients = await audiences.RecipientsAsync(forumId, Input.Audience!.Value, Input.EventId, Input.Status, ct);
        if (recipients.Count == 0)
        {
            ModelState.AddModelError("Input.Audience", l["FollowUp.Error.NoRecipients"]);
            return null;
        }
        return recipients;
    }

    private void Check(string? text, string field, int length)
    {
        if (string.IsNullOrWhiteSpace(text)) ModelState.AddModelError(field, l["FollowUp.Error.Required"]);
        else if (text.Trim().Length > length) ModelState.AddModelError(field, l["FollowUp.Error.TooLong", length]);
    }
}
