namespace SpaceBridge.Web.Features.Pipeline.FollowUp;

/// <summary>
/// One mailing to many recipients, sent by a job that any node may run or resume. <see cref="Key"/> makes creating a
/// batch idempotent (e.g. <c>survey:12:3</c> for the 3-month outcome survey of event 12).
/// </summary>
public class EmailBatch
{
    public int Id { get; set; }
    public int ForumId { get; set; }
    public required string Key { get; set; }
    public EmailBatchKind Kind { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    public int? EventId { get; set; }
    /// <summary>For outcome surveys: months after the event (3 or 6).</summary>
    public int? SurveyWave { get; set; }
    public string? CreatedByUserId { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? CompletedAtUtc { get; set; }
    public List<EmailBatchRecipient> Recipients { get; set; } = [];
}
