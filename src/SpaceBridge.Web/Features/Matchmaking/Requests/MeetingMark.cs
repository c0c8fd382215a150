namespace SpaceBridge.Web.Features.Matchmaking.Requests;

/// <summary>
/// How much one side of a request wants the meeting. The scheduler places must-meet requests (either side's mark) first,
/// and optional ones (both sides' mark) only where nothing else needs the time.
/// </summary>
public enum MeetingMark { Meet, MustMeet, Optional }
