namespace SpaceBridge.Web.Features.Statements;

/// <summary>
/// A numbered snapshot of a statement's whole text (clauses, place, date, signatories) in its canonical form, and the
/// SHA-256 of that form. Approvals name a number and a hash, so an approval is of exactly this text.
/// </summary>
public class StatementVersion
{
    public int Id { get; set; }
    public int StatementId { get; set; }
    public JointStatement Statement { get; set; } = null!;
    public int Number { get; set; }
    public required string ContentHash { get; set; }
    public required string Snapshot { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public string? CreatedBy { get; set; }
}
