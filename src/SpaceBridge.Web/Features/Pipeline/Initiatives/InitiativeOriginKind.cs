namespace SpaceBridge.Web.Features.Pipeline.Initiatives;

/// <summary>
/// Where an initiative came from. <see cref="StatementCommitment"/> is for the commitment clauses of a joint statement,
/// which name the clause by <see cref="InitiativeOrigin.ReferenceId"/>.
/// </summary>
public enum InitiativeOriginKind { Meeting, Opportunity, StatementCommitment }
