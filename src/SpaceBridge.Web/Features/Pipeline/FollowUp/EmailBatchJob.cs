using Quartz;

namespace SpaceBridge.Web.Features.Pipeline.FollowUp;

/// <summary>
/// Sends one batch (job data: batchId). The job asks for recovery, so when the node running it dies, another node of the
/// cluster runs it again; the per-recipient claims make that second run send only what the first did not.
/// </summary>
public sealed class EmailBatchJob(EmailBatchSender sender) : IJob
{
    public const string BatchId = "batchId";

    public static JobKey KeyOf(int batchId) => new($"email-batch-{batchId}", "follow-up");

    public static void Register(IQuartzBuilder q)
    {
        // Nothing to register ahead: each batch schedules its own job (EmailBatches.StartAsync).
    }

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var batchId = context.MergedJobDataMap.GetInt(BatchId);
        await sender.RunAsync(batchId, cancellationToken);
    }
}
