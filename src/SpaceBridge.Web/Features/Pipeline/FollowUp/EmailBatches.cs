using Microsoft.EntityFrameworkCore;
using Quartz;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Pipeline.FollowUp;

public sealed record BatchRecipient(string Email, string Name, string Culture = "en", int? RegistrationId = null);

public sealed record BatchProgress(int Id, string Subject, EmailBatchKind Kind, DateTime CreatedAtUtc, DateTime? CompletedAtUtc, int Total, int Sent, int Failed)
{
    /// <summary>Not yet sent: waiting, or being sent right now.</summary>
    public int Pending => Total - Sent - Failed;
}

/// <summary>Creates batches (once per key), starts their jobs, and reports their progress.</summary>
public sealed class EmailBatches(AppDbContext db, ISchedulerFactory schedulers, TimeProvider clock)
{
    /// <summary>
    /// The batch with this key, created with its recipients (one per address) if it does not exist yet, and its job
    /// started. Returns the batch id and whether this call created it.
    /// </summary>
    public async Task<(int Id, bool Created)> CreateAsync(int forumId, string key, EmailBatchKind kind, string subject, string body,
        IEnumerable<BatchRecipient> recipients, string? createdBy, int? eventId = null, int? wave = null, CancellationToken ct = default)
    {
        if (await db.EmailBatches.Where(b => b.Key == key).Select(b => (int?)b.Id).FirstOrDefaultAsync(ct) is { } existing)
        {
            return (existing, false);
        }
        var batch = new EmailBatch
        {
            ForumId = forumId, Key = key, Kind = kind, Subject = subject, Body = body, EventId = eventId, SurveyWave = wave,
            CreatedByUserId = createdBy, CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            Recipients = recipients.DistinctBy(r => r.Email.Trim().ToLowerInvariant())
                .Select(r => new EmailBatchRecipient { Email = r.Email.Trim(), Name = r.Name, Culture = r.Culture, RegistrationId = r.RegistrationId })
                .ToList(),
        };
        db.EmailBatches.Add(batch);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (SerializableTransaction.IsUniqueViolation(ex))
        {
            // Another node created the same batch at the same moment.
            db.ChangeTracker.Clear();
            return (await db.EmailBatches.Where(b => b.Key == key).Select(b => b.Id).FirstAsync(ct), false);
        }
        await StartAsync(batch.Id, ct);
        return (batch.Id, true);
    }

    /// <summary>Schedules the batch's job to run now on whichever node is free (again, for an unfinished batch).</summary>
    public async Task StartAsync(int batchId, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var key = EmailBatchJob.KeyOf(batchId);
        var job = JobBuilder.Create<EmailBatchJob>().WithIdentity(key).UsingJobData(EmailBatchJob.BatchId, batchId)
            .RequestRecovery().StoreDurably().Build();
        var trigger = TriggerBuilder.Create().ForJob(key).WithIdentity($"{key.Name}-{Guid.NewGuid():N}", key.Group).StartNow().Build();
        await scheduler.ScheduleJob(job, trigger, new ScheduleJobOptions { Replace = true }, ct);
    }

    public async Task<List<BatchProgress>> ProgressAsync(int forumId, CancellationToken ct) =>
        await Progress(db.EmailBatches.Where(b => b.ForumId == forumId).OrderByDescending(b => b.CreatedAtUtc).ThenByDescending(b => b.Id)).ToListAsync(ct);

    /// <summary>One batch of the forum, or null when the forum has no such batch.</summary>
    public Task<BatchProgress?> ProgressOfAsync(int forumId, int batchId, CancellationToken ct) =>
        Progress(db.EmailBatches.Where(b => b.ForumId == forumId && b.Id == batchId)).FirstOrDefaultAsync(ct);

    private static IQueryable<BatchProgress> Progress(IQueryable<EmailBatch> batches) =>
        batches.AsNoTracking()
            .Select(b => new BatchProgress(b.Id, b.Subject, b.Kind, b.CreatedAtUtc, b.CompletedAtUtc, b.Recipients.Count,
                b.Recipients.Count(r => r.State == RecipientState.Sent), b.Recipients.Count(r => r.State == RecipientState.Failed)));
}
