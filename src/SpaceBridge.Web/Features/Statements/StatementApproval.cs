using SpaceBridge.Web.Features.Programme.Organizations;

namespace SpaceBridge.Web.Features.Statements;

/// <summary>
/// A co-host's approval of one exact version: its number and its content hash. It counts only while that version is
/// the current one (<see cref="StatementRules.IsInForce"/>); a later change leaves it on record but void.
/// </summary>
public class StatementApproval
{
    public int Id { get; set; }
    public int StatementId { get; set; }
    public JointStatement Statement { get; set; } = null!;
    public int OrganizationId { get; set; }
    public Organization Organization { get; set; } = null!;
    public required string UserId { get; set; }
    public string? ApproverName { get; set; }
    public int VersionNumber { get; set; }
    public required string ContentHash { get; set; }
    public DateTime AtUtc { get; set; }
    public DateTime? WithdrawnAtUtc { get; set; }
}
