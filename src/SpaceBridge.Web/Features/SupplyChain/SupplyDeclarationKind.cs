namespace SpaceBridge.Web.Features.SupplyChain;

public enum SupplyDeclarationKind { Supplies, DependsOn }
