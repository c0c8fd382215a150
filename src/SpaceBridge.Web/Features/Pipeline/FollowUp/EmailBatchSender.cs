using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SpaceBridge.Web.Features.News;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Email;
using SpaceBridge.Web.Infrastructure.Jobs;

namespace SpaceBridge.Web.Features.Pipeline.FollowUp;

/// <summary>
/// Sends a batch one recipient at a time: claim the recipient in the database (one conditional update), send, mark it
/// sent (another). A node that dies between claim and mark leaves the recipient Sending; after the claim timeout any
/// node claims it again and sends the same mail under the same idempotency key, which replaces rather than repeats it
/// in the pickup folder and carries the same Message-Id over SMTP.
/// </summary>
public sealed class EmailBatchSender(AppDbContext db, IEmailSender email, OutcomeSurveys surveys, IOptions<FollowUpOptions> options,
    TimeProvider clock, ILogger<EmailBatchSender> logger)
{
    public const int MaxAttempts = 5;

    /// <summary>Who claims: this node's job engine id (unique per process), so a claim names the node that holds it.</summary>
    public static string Claim => JobEngineSetup.NodeId;

    public async Task RunAsync(int batchId, CancellationToken ct)
    {
        var batch = await db.EmailBatches.AsNoTracking().FirstOrDefaultAsync(b => b.Id == batchId, ct);
        if (batch is null || batch.CompletedAtUtc is not null)
        {
            return;
        }
        var sent = 0;
        var patience = TimeSpan.FromSeconds(2 * options.Value.ClaimTimeoutSeconds + 5);
        DateTime? idleSince = null;
        while (!ct.IsCancellationRequested)
        {
            if (await ClaimNextAsync(batchId, ct) is not { } recipient)
            {
                // Recipients held by another node: sent by it in a moment, or claimable here once its claim times out
                // (it died mid-send). Wait for either, within bounds, so a run that takes a batch over also finishes it.
                idleSince ??= DateTime.UtcNow;
                if (!await HeldElsewhereAsync(batchId, ct) || DateTime.UtcNow - idleSince > patience)
                {
                    break;
                }
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Clamp(options.Value.ClaimTimeoutSeconds * 250, 50, 1000)), ct);
                continue;
            }
            idleSince = null;
            try
            {
                await email.SendAsync(await ComposeAsync(batch, recipient, ct), ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                var state = recipient.Attempts >= MaxAttempts ? RecipientState.Failed : RecipientState.Pending;
                await db.EmailBatchRecipients.Where(r => r.Id == recipient.Id && r.ClaimedBy == Claim)
                    .ExecuteUpdateAsync(u => u.SetProperty(r => r.State, state).SetProperty(r => r.ClaimedBy, (string?)null)
                        .SetProperty(r => r.LastError, Truncate(ex.Message, 500)), CancellationToken.None);
                logger.LogWarning(ex, "Batch {Batch}: sending to recipient {Recipient} failed (attempt {Attempt})", batchId, recipient.Id, recipient.Attempts);
                throw;
            }
            var now = clock.GetUtcNow().UtcDateTime;
            await db.EmailBatchRecipients.Where(r => r.Id == recipient.Id && r.ClaimedBy == Claim)
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.State, RecipientState.Sent).SetProperty(r => r.SentAtUtc, now), CancellationToken.None);
            sent++;
            if (options.Value.SendDelayMilliseconds > 0)
            {
                await Task.Delay(options.Value.SendDelayMilliseconds, ct);
            }
        }
        var open = new[] { RecipientState.Pending, RecipientState.Sending };
        if (!await db.EmailBatchRecipients.AnyAsync(r => r.BatchId == batchId && open.Contains(r.State), ct))
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await db.EmailBatches.Where(b => b.Id == batchId && b.CompletedAtUtc == null)
                .ExecuteUpdateAsync(u => u.SetProperty(b => b.CompletedAtUtc, now), ct);
        }
        logger.LogInformation("Batch {Batch}: {Sent} mails sent by this run", batchId, sent);
    }

    private Task<bool> HeldElsewhereAsync(int batchId, CancellationToken ct) =>
        db.EmailBatchRecipients.AnyAsync(r => r.BatchId == batchId && r.State == RecipientState.Sending, ct);

    /// <summary>The next recipient nobody holds (pending, or claimed by a node that let its claim time out), claimed for this node; null when none is left.</summary>
    private async Task<EmailBatchRecipient?> ClaimNextAsync(int batchId, CancellationToken ct)
    {
        while (true)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var expired = now.AddSeconds(-options.Value.ClaimTimeoutSeconds);
            var candidate = await db.EmailBatchRecipients.AsNoTracking()
                .Where(r => r.BatchId == batchId && (r.State == RecipientState.Pending || (r.State == RecipientState.Sending && r.ClaimedAtUtc < expired)))
                .OrderBy(r => r.Id).Select(r => (int?)r.Id).FirstOrDefaultAsync(ct);
            if (candidate is not { } id)
            {
                return null;
            }
            var claimed = await db.EmailBatchRecipients
                .Where(r => r.Id == id && (r.State == RecipientState.Pending || (r.State == RecipientState.Sending && r.ClaimedAtUtc < expired)))
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.State, RecipientState.Sending).SetProperty(r => r.ClaimedBy, Claim)
                    .SetProperty(r => r.ClaimedAtUtc, now).SetProperty(r => r.Attempts, r => r.Attempts + 1), ct);
            if (claimed == 1)
            {
                return await db.EmailBatchRecipients.AsNoTracking().FirstAsync(r => r.Id == id, ct);
            }
            // Another node claimed it first: look again.
        }
    }

    private async Task<OutgoingEmail> ComposeAsync(EmailBatch batch, EmailBatchRecipient recipient, CancellationToken ct)
    {
        var body = $"{recipient.Name},\n\n{batch.Body}";
        if (batch is { Kind: EmailBatchKind.OutcomeSurvey, EventId: { } eventId, SurveyWave: { } wave } && recipient.RegistrationId is { } registrationId)
        {
            body += "\n\n" + await surveys.LinkAsync(eventId, wave, registrationId, ct);
        }
        // An organizer's mail is Markdown: its text part is the Markdown as written, its HTML part that Markdown sanitized as news is.
        var html = batch.Kind == EmailBatchKind.Announcement
            ? $"<p>{System.Net.WebUtility.HtmlEncode(recipient.Name)},</p>\n{NewsMarkdown.ToSafeHtml(batch.Body)}"
            : null;
        return new OutgoingEmail(recipient.Email, batch.Subject, body, html, IdempotencyKey: $"batch-{batch.Id}-recipient-{recipient.Id}");
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
