using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace SpaceBridge.Web.Features.Matchmaking.Scheduling;

/// <summary>
/// A run as the API and the progress bar see it. <see cref="LocksNotHeld"/>: the event's locks this run could not keep
/// (unavailable, clashing or stale; the run page lists them), null until the run has a result.
/// </summary>
public sealed record ScheduleRunDto(
    int Id,
    int EventId,
    [property: JsonConverter(typeof(JsonStringEnumConverter<ScheduleRunKind>))] ScheduleRunKind Kind,
    [property: JsonConverter(typeof(JsonStringEnumConverter<ScheduleRunStatus>))] ScheduleRunStatus Status,
    double Progress,
    string? Phase,
    int TimeLimitSeconds,
    DateTime CreatedAtUtc,
    DateTime? StartedAtUtc,
    DateTime? FinishedAtUtc,
    string? Error,
    bool IsFinished,
    ScheduleStatistics? Statistics,
    int? UnscheduledCount,
    int? MoveCount,
    string ReviewUrl,
    int? LocksNotHeld)
{
    public static ScheduleRunDto From(ScheduleRun run)
    {
        var proposal = ScheduleProposal.FromJson(run.ResultJson);
        return new ScheduleRunDto(run.Id, run.EventId, run.Kind, run.Status, run.Progress, run.Phase, run.TimeLimitSeconds,
            run.CreatedAtUtc, run.StartedAtUtc, run.FinishedAtUtc, run.Error,
            run.Status is not (ScheduleRunStatus.Queued or ScheduleRunStatus.Running),
            proposal?.Statistics, proposal?.Unscheduled.Count, proposal?.Moves.Count,
            $"/organizer/events/{run.EventId}/matchmaking/runs/{run.Id}",
            proposal?.LockProblems.Count);
    }
}

/// <summary>Body of POST /api/v1/events/{eventId}/schedule-runs: the kind of run (required) and an optional time limit.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ScheduleRunRequest(
    [property: JsonRequired] ScheduleRunKind Kind,
    [property: Range(1, ScheduleRuns.MaxTimeLimitSeconds)] int? TimeLimitSeconds);
