namespace SpaceBridge.Web.Features.Matchmaking.Scheduling;

/// <summary>A block of meeting time in event-local time, e.g. 8 Nov 13:30-17:00.</summary>
public sealed record MeetingBlock(DateOnly Day, TimeOnly Start, TimeOnly End);
