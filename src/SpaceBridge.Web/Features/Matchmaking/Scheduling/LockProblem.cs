namespace SpaceBridge.Web.Features.Matchmaking.Scheduling;

public enum LockProblemKind { ParticipantUnavailable, Clash }

/// <summary>
/// A lock the scheduler could not keep, so the run treated the meeting as unlocked: a participant is no longer free in
/// the locked slot (named), or another lock holds a participant or the table then.
/// </summary>
public sealed record LockProblem(int RequestId, int SlotId, int LocationId, LockProblemKind Kind, string? Participant = null);
