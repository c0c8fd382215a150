using SpaceBridge.Web.Domain.Registrations;

namespace SpaceBridge.Web.Domain.Matchmaking;

public enum ScheduleRunKind { Full, Repair }

public enum ScheduleRunStatus { Queued, Running, Succeeded, Failed, Published }

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
    public DateTime? FinishedAtUtc { get; set; }
    public int TimeLimitSeconds { get; set; } = 20;
    /// <summary>The solver's proposal and its statistics as JSON (assignments, moves, unscheduled reasons).</summary>
    public string? ResultJson { get; set; }
    public string? Error { get; set; }
}

/// <summary>
/// A meeting of the event's current schedule. The database guarantees that no table holds two
/// meetings in one slot (unique SlotId+LocationId) and, through <see cref="MeetingAttendance"/>,
/// that nobody is in two meetings in one slot.
/// </summary>
public class ScheduledMeeting
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public int MeetingRequestId { get; set; }
    public MeetingRequest MeetingRequest { get; set; } = null!;
    public int SlotId { get; set; }
    public MeetingSlot Slot { get; set; } = null!;
    public int LocationId { get; set; }
    public MeetingLocation Location { get; set; } = null!;
    public bool IsPublished { get; set; }
    public int? ScheduleRunId { get; set; }
    public List<MeetingAttendance> Attendees { get; set; } = [];
}

/// <summary>A participant's seat in a scheduled meeting; unique per participant and slot.</summary>
public class MeetingAttendance
{
    public int Id { get; set; }
    public int ScheduledMeetingId { get; set; }
    public ScheduledMeeting ScheduledMeeting { get; set; } = null!;
    public int RegistrationId { get; set; }
    public Registration Registration { get; set; } = null!;
    public int SlotId { get; set; }
}

public enum MeetingOutcome { NoInterest, Informative, CooperationPossible }

/// <summary>What a participant says after a meeting; private to them and the organizers.</summary>
public class MeetingFeedback
{
    public int Id { get; set; }
    public int ScheduledMeetingId { get; set; }
    public ScheduledMeeting ScheduledMeeting { get; set; } = null!;
    public int RegistrationId { get; set; }
    public Registration Registration { get; set; } = null!;
    public bool TookPlace { get; set; }
    public MeetingOutcome? Outcome { get; set; }
    public string? Comment { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}

/// <summary>The secret address of a participant's personal agenda feed (.ics).</summary>
public class AgendaFeed
{
    public int Id { get; set; }
    public int RegistrationId { get; set; }
    public Registration Registration { get; set; } = null!;
    public required string Token { get; set; }
}
