namespace SpaceBridge.Web.Features.Matchmaking.Scheduling;

public enum LockProblemKind { ParticipantUnavailable, Clash, RequestGone }

/// <summary>
/// A lock the scheduler could not keep, so the run treated the meeting as unlocked: a participant is no longer free in
/// the locked slot (named), or another lock holds a participant or the table then; or a stale lock, which pins nothing: its
/// request is no longer in the schedule (cancelled, declined or expired, or a participant no longer approved).
/// </summary>
public sealed record LockProblem(int RequestId, int SlotId, int LocationId, LockProblemKind Kind, string? Participant = null);
