using Microsoft.EntityFrameworkCore;
using Quartz;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Reports;

/// <summary>
/// Builds the organizers' report PDF for one run (job data: documentId), writing its progress to the run's row as it
/// goes. It asks for recovery: a run whose node stopped is built again by another node.
/// </summary>
public sealed class ReportPdfJob(AppDbContext db, ForumFigures figures, ReportPdf pdf, TimeProvider clock, ILogger<ReportPdfJob> logger) : IJob
{
    public const string DocumentId = "documentId";

    public static JobKey KeyOf(int documentId) => new($"report-pdf-{documentId}", "reports");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var id = context.MergedJobDataMap.GetInt(DocumentId);
        var document = await db.Set<ReportDocument>().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (document is null || document.Status == ReportDocumentStatus.Done) return;
        try
        {
            await SetAsync(document, ReportDocumentStatus.Running, 10, cancellationToken);
            var report = await figures.BuildAsync(document.ForumId, exact: true, cancellationToken)
                ?? throw new InvalidOperationException($"Forum {document.ForumId} no longer exists.");
            await SetAsync(document, ReportDocumentStatus.Running, 50, cancellationToken);
            document.Pdf = pdf.Render(report);
            document.CompletedAtUtc = clock.GetUtcNow().UtcDateTime;
            await SetAsync(document, ReportDocumentStatus.Done, 100, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Report PDF {DocumentId} failed", id);
            document.Error = ex.Message.Length > 2000 ? ex.Message[..2000] : ex.Message;
            document.CompletedAtUtc = clock.GetUtcNow().UtcDateTime;
            await SetAsync(document, ReportDocumentStatus.Failed, document.Progress, CancellationToken.None);
        }
    }

    private async Task SetAsync(ReportDocument document, ReportDocumentStatus status, int progress, CancellationToken ct)
    {
        document.Status = status;
        document.Progress = progress;
        await db.SaveChangesAsync(ct);
    }
}
