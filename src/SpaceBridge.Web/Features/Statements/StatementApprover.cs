using SpaceBridge.Web.Features.Accounts;
using SpaceBridge.Web.Features.Programme.Organizations;

namespace SpaceBridge.Web.Features.Statements;

/// <summary>A user designated to approve a statement on behalf of one co-host organization.</summary>
public class StatementApprover
{
    public int Id { get; set; }
    public int StatementId { get; set; }
    public JointStatement Statement { get; set; } = null!;
    public int OrganizationId { get; set; }
    public Organization Organization { get; set; } = null!;
    public required string UserId { get; set; }
    public AppUser User { get; set; } = null!;
}
