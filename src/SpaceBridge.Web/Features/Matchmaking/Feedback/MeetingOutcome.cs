namespace SpaceBridge.Web.Features.Matchmaking.Feedback;

public enum MeetingOutcome { NoInterest, Informative, CooperationPossible }
