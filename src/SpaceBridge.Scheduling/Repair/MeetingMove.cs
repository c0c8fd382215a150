namespace SpaceBridge.Scheduling.Repair;

/// <summary>
/// One change against the published schedule. <see cref="Meeting"/> is the id in the new instance
/// (null for a cancelled meeting), <see cref="PublishedMeeting"/> the id in the published one (null for a new request).
/// </summary>
public sealed record MeetingMove(
    int? Meeting,
    int? PublishedMeeting,
    int? FromSlot,
    int? FromLocation,
    int? ToSlot,
    int? ToLocation,
    string Reason);
