namespace SpaceBridge.Web.Features.Matchmaking.Scheduling;

public enum MeetingLocationKind { Table, Booth }
