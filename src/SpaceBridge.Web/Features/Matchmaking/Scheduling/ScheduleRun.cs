using SpaceBridge.Web.Features.Programme.Events;

namespace SpaceBridge.Web.Features.Matchmaking.Scheduling;

/// <summary>
/// One run of the meeting scheduler for an event: queued by an organizer, executed in the
/// background, followed through <see cref="Progress"/>, reviewed, then published.
/// </summary>
public class ScheduleRun
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public Event Event { get; set; } = null!;
    public ScheduleRunKind Kind { get; set; }
    public ScheduleRunStatus Status { get; set; }
    public double Progress { get; set; }
    public string? Phase { get; set; }
    public required string RequestedByUserId { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? StartedAtUtc { get; set; }
    /// <summary>
    /// Which node holds the run while it is Running (host, process and a claim id); cleared when a stopping node hands
    /// the run back to the queue. Every write of the run's outcome or progress is conditional on it.
    /// </summary>
    public string? ClaimedBy { get; set; }
    public DateTime? FinishedAtUtc { get; set; }
    public int TimeLimitSeconds { get; set; } = 20;
    /// <summary>The solver's proposal and its statistics as JSON (assignments, moves, unscheduled reasons).</summary>
    public string? ResultJson { get; set; }
    public string? Error { get; set; }
}
