namespace SpaceBridge.Web.Features.Statements;

/// <summary>What a clause does: sets the scene, decides, or commits someone to act by a date.</summary>
public enum ClauseKind { Preamble, Operative, Commitment }
