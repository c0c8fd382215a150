namespace SpaceBridge.Web.Features.Pipeline.Initiatives;

/// <summary>Where an initiative stands, in the order it usually moves; Dropped ends it at any point.</summary>
public enum InitiativeStage { Exploring, Negotiating, Signed, Implementing, Completed, Dropped }
