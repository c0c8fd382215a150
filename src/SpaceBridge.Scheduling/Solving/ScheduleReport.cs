using SpaceBridge.Scheduling.Bounds;
using SpaceBridge.Scheduling.Model;
using SpaceBridge.Scheduling.Validation;

namespace SpaceBridge.Scheduling.Solving;

/// <summary>A solver's result checked by the validator and set against the proven bounds.</summary>
public sealed record ScheduleReport
{
    public required string InstanceName { get; init; }
    public required SolveResult Result { get; init; }
    public required ValidationReport Validation { get; init; }
    public required ScheduleBounds Bounds { get; init; }
    public required SchedulingRules Rules { get; init; }
    /// <summary>Table changes no location assignment of this schedule's slots avoids (<see cref="TableChangeLowerBound"/>).</summary>
    public TableChangeBound TableChangesLowerBound { get; init; } = new(0, []);
    /// <summary>
    /// Per participant, the proven lower bound of its breaks for the scheduled set (every meeting in the literature's
    /// mode): <see cref="BreakLowerBound.PerParticipant"/>; beside <see cref="ScheduleMetrics.BreaksPerParticipant"/>.
    /// </summary>
    public IReadOnlyList<int> BreaksLowerBoundPerParticipant { get; init; } = [];

    /// <summary>Participants with more breaks than their own lower bound.</summary>
    public int ParticipantsAboveBreakBound => BreakLowerBound.ParticipantsAbove(Metrics.BreaksPerParticipant, BreaksLowerBoundPerParticipant);

    public ScheduleMetrics Metrics => Validation.Metrics;
    public bool IsValid => Validation.IsValid;

    /// <summary>The best proven lower bound on breaks: ours or the solver's, whichever is higher.</summary>
    public int BreaksLowerBound => Math.Max(Bounds.BreaksLowerBound, Result.BreaksLowerBound ?? 0);

    /// <summary>Weight that may still be missing: the upper bound minus the scheduled weight.</summary>
    public long WeightGap => Math.Max(0, Bounds.WeightUpperBound - Metrics.ScheduledWeight);

    public double RelativeWeightGap => Bounds.WeightUpperBound == 0 ? 0 : (double)WeightGap / Bounds.WeightUpperBound;

    /// <summary>Breaks above the proven lower bound.</summary>
    public int BreaksGap => Math.Max(0, Metrics.TotalBreaks - BreaksLowerBound);

    /// <summary>
    /// True when the solver proved optimality, or when the bounds meet the schedule on weight and
    /// breaks in the literature's mode (every meeting required, fairness a constraint), where those
    /// are the whole objective.
    /// </summary>
    public bool ProvenOptimal => IsValid && (Result.ProvenOptimal || (WeightGap == 0 && BreaksGap == 0 && IsLiteratureMode));

    /// <summary>
    /// True when every meeting is required but the proven weight bound is below the total weight
    /// (no schedule can place them all, whatever the solver), or the solver proved it under the rules
    /// (pinned slots, precedences and the fairness spread included).
    /// </summary>
    public bool ProvenInfeasible => Rules.RequireAllMeetings && (WeightBoundBelowTotal || Result.ProvenInfeasible);

    private bool WeightBoundBelowTotal => Bounds.WeightUpperBound < Metrics.ScheduledWeight + Metrics.UnscheduledWeight;

    private bool IsLiteratureMode => Rules.RequireAllMeetings && Metrics.UnscheduledCount == 0;
}
