using SpaceBridge.Web.Features.Matchmaking.Scheduling;
using SpaceBridge.Web.Features.Registrations;

namespace SpaceBridge.Web.Features.Matchmaking.Feedback;

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
