namespace SpaceBridge.Web.Infrastructure.Audit;

/// <summary>Who did what to whom, when: every organizer action is recorded.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTime AtUtc { get; set; }
    public string? ActorUserId { get; set; }
    public string? ActorEmail { get; set; }
    public int? ForumId { get; set; }
    public int? EventId { get; set; }
    public required string Action { get; set; }
    public required string Subject { get; set; }
    public string? Details { get; set; }
}
