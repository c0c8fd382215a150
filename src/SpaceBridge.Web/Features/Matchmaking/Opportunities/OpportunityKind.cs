namespace SpaceBridge.Web.Features.Matchmaking.Opportunities;

public enum OpportunityKind { Partnership, Supply, Investment, JointResearch, Procurement }
