namespace SpaceBridge.Web.Features.Matchmaking.Opportunities;

public enum OpportunityDirection { Offer, Request }
