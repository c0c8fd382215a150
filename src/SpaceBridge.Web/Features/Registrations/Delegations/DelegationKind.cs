namespace SpaceBridge.Web.Features.Registrations.Delegations;

public enum DelegationKind { Government, Organization }
