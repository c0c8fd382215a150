namespace SpaceBridge.Web.Features.Pipeline.FollowUp;

/// <summary>
/// One recipient of a batch and whether their mail went out: the idempotency record of that one send. A node claims
/// the row (Pending to Sending, with its claim) before sending and marks it Sent after, each in its own statement.
/// </summary>
public class EmailBatchRecipient
{
    public int Id { get; set; }
    public int BatchId { get; set; }
    public required string Email { get; set; }
    public required string Name { get; set; }
    public string Culture { get; set; } = "en";
    /// <summary>For outcome surveys: the registration whose answers the signed link records.</summary>
    public int? RegistrationId { get; set; }
    public RecipientState State { get; set; }
    public string? ClaimedBy { get; set; }
    public DateTime? ClaimedAtUtc { get; set; }
    public DateTime? SentAtUtc { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
}
