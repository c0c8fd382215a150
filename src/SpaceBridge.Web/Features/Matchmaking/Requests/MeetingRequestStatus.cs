namespace SpaceBridge.Web.Features.Matchmaking.Requests;

public enum MeetingRequestStatus { Pending, Accepted, Declined, Expired, Cancelled }
