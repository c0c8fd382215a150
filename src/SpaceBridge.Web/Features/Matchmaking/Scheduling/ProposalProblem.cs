namespace SpaceBridge.Web.Features.Matchmaking.Scheduling;

/// <summary>
/// A proposed meeting that no longer fits the event: its request is no longer accepted between approved participants,
/// or (<see cref="SlotOrTableGone"/>) its slot or table no longer exists.
/// </summary>
public sealed record ProposalProblem(int RequestId, bool SlotOrTableGone);
