using Microsoft.EntityFrameworkCore;
using Quartz;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Reports;

/// <summary>Queues the report PDF job, reports its progress and hands out the latest finished PDF.</summary>
public sealed class ReportDocuments(AppDbContext db, ISchedulerFactory schedulers, TimeProvider clock)
{
    public sealed record Progress(int Id, ReportDocumentStatus Status, int Percent, DateTime RequestedAtUtc, DateTime? CompletedAtUtc)
    {
        public bool IsFinished => Status is ReportDocumentStatus.Done or ReportDocumentStatus.Failed;
    }

    /// <summary>Starts a run, unless one is already queued or running for the forum (that one is returned).</summary>
    public async Task<int> QueueAsync(int forumId, string requestedBy, CancellationToken ct)
    {
        var running = await db.Set<ReportDocument>().Where(d => d.ForumId == forumId && (d.Status == ReportDocumentStatus.Queued || d.Status == ReportDocumentStatus.Running))
            .Select(d => (int?)d.Id).FirstOrDefaultAsync(ct);
        if (running is { } id) return id;
        var document = new ReportDocument { ForumId = forumId, Status = ReportDocumentStatus.Queued, RequestedAtUtc = clock.GetUtcNow().UtcDateTime, RequestedBy = requestedBy };
        db.Add(document);
        await db.SaveChangesAsync(ct);
        var scheduler = await schedulers.GetScheduler(ct);
        var key = ReportPdfJob.KeyOf(document.Id);
        var job = JobBuilder.Create<ReportPdfJob>().WithIdentity(key).UsingJobData(ReportPdfJob.DocumentId, document.Id).RequestRecovery().StoreDurably().Build();
        var trigger = TriggerBuilder.Create().ForJob(key).WithIdentity($"{key.Name}-{Guid.NewGuid():N}", key.Group).StartNow().Build();
        await scheduler.ScheduleJob(job, trigger, new ScheduleJobOptions { Replace = true }, ct);
        return document.Id;
    }

    public Task<Progress?> LatestAsync(int forumId, CancellationToken ct) =>
        db.Set<ReportDocument>().AsNoTracking().Where(d => d.ForumId == forumId).OrderByDescending(d => d.Id)
            .Select(d => new Progress(d.Id, d.Status, d.Progress, d.RequestedAtUtc, d.CompletedAtUtc)).FirstOrDefaultAsync(ct);

    public async Task<(byte[] Pdf, DateTime CompletedAtUtc)?> LatestPdfAsync(int forumId, CancellationToken ct)
    {
        var done = await db.Set<ReportDocument>().AsNoTracking().Where(d => d.ForumId == forumId && d.Status == ReportDocumentStatus.Done && d.Pdf != null)
            .OrderByDescending(d => d.Id).Select(d => new { d.Pdf, d.CompletedAtUtc }).FirstOrDefaultAsync(ct);
        return done is null ? null : (done.Pdf!, done.CompletedAtUtc ?? default);
    }
}
