namespace SpaceBridge.Web.Features.Pipeline.Initiatives;

/// <summary>Who may see an initiative: its parties' members only, also the forum's organizers, or everyone.</summary>
public enum InitiativeVisibility { PartiesOnly, Organizers, Public }
