using SpaceBridge.Web.Features.Programme.Organizations;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.Statements;

/// <summary>One clause of a statement, in English and Korean. A commitment can name who acts and by when.</summary>
public class Clause
{
    public int Id { get; set; }
    public int StatementId { get; set; }
    public JointStatement Statement { get; set; } = null!;
    /// <summary>The clause's number within its statement, never reused: how versions recognize the same clause.</summary>
    public int Number { get; set; }
    public int Position { get; set; }
    public ClauseKind Kind { get; set; }
    public BilingualText Text { get; set; } = new();
    public int? OwnerOrganizationId { get; set; }
    public Organization? OwnerOrganization { get; set; }
    public DateOnly? DueDate { get; set; }
    /// <summary>Counts saves of this clause; a save that read an older revision is refused (see <see cref="StaleClauseSave"/>).</summary>
    public int Revision { get; set; }
    public List<ClauseComment> Comments { get; set; } = [];
}
