using System.Text.Json;

namespace SpaceBridge.Web.Features.Matchmaking.Scheduling;

/// <summary>
/// What a run proposes, stored as the run's ResultJson: every placed request with its slot and location
/// (database ids), every request left out and why, the moves against the published schedule (repair runs)
/// and the statistics the review page shows.
/// </summary>
public sealed record ScheduleProposal
{
    public required string Solver { get; init; }
    public required long ElapsedMilliseconds { get; init; }
    public required ScheduleStatistics Statistics { get; init; }
    public required List<ProposedMeeting> Meetings { get; init; }
    public required List<UnscheduledRequest> Unscheduled { get; init; }
    public List<ProposedMove> Moves { get; init; } = [];
    /// <summary>The event's locks this run could not keep (the meeting was scheduled as if unlocked).</summary>
    public List<LockProblem> LockProblems { get; init; } = [];
    /// <summary>Requests whose participants share no language, with the interpreter pair ("ko-en") their meeting uses.</summary>
    public Dictionary<int, string> Interpreters { get; init; } = [];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ScheduleProposal? FromJson(string? json) =>
        string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<ScheduleProposal>(json, Json);
}

public sealed record ProposedMeeting(int RequestId, int SlotId, int LocationId);

public sealed record UnscheduledRequest(int RequestId, string Reason);

/// <summary>A change against the published schedule; null slot/location on a side means "not scheduled" there.</summary>
public sealed record ProposedMove(int RequestId, int? FromSlotId, int? FromLocationId, int? ToSlotId, int? ToLocationId, string Reason);

/// <summary>
/// A run's figures. <see cref="TableChangesLowerBound"/>: table changes no choice of tables for these slots avoids;
/// <see cref="BreaksLowerBound"/>: the sum of each participant's own lower bound on breaks for the placed meetings, and
/// <see cref="ParticipantsAboveBreakBound"/> how many participants have more breaks than theirs (null in runs stored before
/// these figures were kept).
/// </summary>
public sealed record ScheduleStatistics(
    int Requests,
    int Scheduled,
    double ScheduledShare,
    long ScheduledWeight,
    long TotalWeight,
    int Participants,
    int TotalBreaks,
    int BreakSpread,
    int LocationChanges,
    int? Unaffected = null,
    int? UnaffectedMoved = null,
    int MustMeet = 0,
    int MustMeetScheduled = 0,
    int? Interpreted = null,
    int? TableChangesLowerBound = null,
    int? BreaksLowerBound = null,
    int? ParticipantsAboveBreakBound = null)
{
    /// <summary>Must-meet requests (either side's mark) left out of the schedule.</summary>
    public int MustMeetUnscheduled => MustMeet - MustMeetScheduled;
}
