using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Features.Programme.Forums;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.Statements;

/// <summary>
/// A statement the co-hosts of a forum (or of one of its events) draft together, clause by clause in English and
/// Korean, and adopt when every co-host has approved the same version. Changed only through <see cref="StatementDrafting"/>.
/// </summary>
public class JointStatement
{
    public int Id { get; set; }
    public int ForumId { get; set; }
    public Forum Forum { get; set; } = null!;
    public int? EventId { get; set; }
    public Event? Event { get; set; }
    public BilingualText Title { get; set; } = new();
    public StatementStatus Status { get; set; }
    /// <summary>Fictional text shown for demonstration; every page and export says so.</summary>
    public bool IsIllustrative { get; set; }
    /// <summary>Number of the newest version; every change to the draft makes the next one.</summary>
    public int CurrentVersion { get; set; }
    /// <summary>Where and when the statement is adopted; part of what is approved.</summary>
    public BilingualText AdoptionPlace { get; set; } = new();
    public DateOnly? AdoptionDate { get; set; }
    public int? AdoptedVersion { get; set; }
    public DateTime? AdoptedAtUtc { get; set; }
    /// <summary>Optimistic concurrency token: two changes to the same statement never both make the same version.</summary>
    public int Revision { get; set; }
    public List<Clause> Clauses { get; set; } = [];
    public List<StatementVersion> Versions { get; set; } = [];
    public List<Signatory> Signatories { get; set; } = [];
    public List<StatementApprover> Approvers { get; set; } = [];
    public List<StatementApproval> Approvals { get; set; } = [];
}
