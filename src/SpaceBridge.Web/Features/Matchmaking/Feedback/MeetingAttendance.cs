using SpaceBridge.Web.Features.Matchmaking.Scheduling;
using SpaceBridge.Web.Features.Registrations;

namespace SpaceBridge.Web.Features.Matchmaking.Feedback;

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
