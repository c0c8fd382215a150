using SpaceBridge.Web.Features.Matchmaking.Feedback;
using SpaceBridge.Web.Features.Matchmaking.Requests;

namespace SpaceBridge.Web.Features.Matchmaking.Scheduling;

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
