namespace SpaceBridge.Web.Features.Pipeline.Initiatives;

/// <summary>
/// What an initiative came from: a held meeting (a scheduled meeting's id), an opportunity (its id), or a joint
/// statement's commitment clause (the clause's id).
/// </summary>
public class InitiativeOrigin
{
    public int Id { get; set; }
    public int InitiativeId { get; set; }
    public InitiativeOriginKind Kind { get; set; }
    public int? ReferenceId { get; set; }
}
