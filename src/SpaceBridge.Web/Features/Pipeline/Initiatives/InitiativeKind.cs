namespace SpaceBridge.Web.Features.Pipeline.Initiatives;

/// <summary>What the organizations intend to sign or do together.</summary>
public enum InitiativeKind { MoU, LoI, Nda, TechnicalAssistanceAgreement, JointResearch, SupplyContract, Investment }
