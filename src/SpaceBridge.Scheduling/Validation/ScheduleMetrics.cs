namespace SpaceBridge.Scheduling.Validation;

/// <summary>The objectives of a schedule, computed from the schedule alone.</summary>
public sealed record ScheduleMetrics
{
    public required int ScheduledCount { get; init; }
    public required long ScheduledWeight { get; init; }
    public required int UnscheduledCount { get; init; }
    public required long UnscheduledWeight { get; init; }
    /// <summary>
    /// Breaks of each participant: maximal runs of idle slots between two of their meetings within one block
    /// (within one day when <see cref="Model.SchedulingRules.BreaksSpanWholeDay"/> is set).
    /// </summary>
    public required IReadOnlyList<int> BreaksPerParticipant { get; init; }
    public required int TotalBreaks { get; init; }
    /// <summary>Largest minus smallest break count over all participants (the JAIR 2022 fairness measure).</summary>
    public required int BreakSpread { get; init; }
    public required IReadOnlyList<int> UnscheduledPerParticipant { get; init; }
    /// <summary>Changes of location between consecutive meetings of each participant.</summary>
    public required IReadOnlyList<int> LocationChangesPerParticipant { get; init; }
    public required int TotalLocationChanges { get; init; }
    /// <summary>Requests some side marked must-meet, and how many of them are scheduled.</summary>
    public int MustMeetCount { get; init; }
    public int MustMeetScheduled { get; init; }
    public int MustMeetUnscheduled => MustMeetCount - MustMeetScheduled;
    /// <summary>Scheduled meetings that use an interpreter.</summary>
    public int InterpretedCount { get; init; }
}
