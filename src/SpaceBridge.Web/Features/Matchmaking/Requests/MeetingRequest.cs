using SpaceBridge.Web.Features.Matchmaking.Opportunities;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Features.Registrations;

namespace SpaceBridge.Web.Features.Matchmaking.Requests;

/// <summary>
/// One participant asking another for a 1:1 meeting at an event. Participants are approved
/// registrations. The message is private to the two of them and the event's organizers.
/// </summary>
public class MeetingRequest
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public Event Event { get; set; } = null!;
    public int FromRegistrationId { get; set; }
    public Registration From { get; set; } = null!;
    public int ToRegistrationId { get; set; }
    public Registration To { get; set; } = null!;
    public int? OpportunityId { get; set; }
    public Opportunity? Opportunity { get; set; }
    public string? Message { get; set; }
    public MeetingRequestStatus Status { get; set; }
    public string? DeclineReason { get; set; }
    /// <summary>Scheduling weight: higher is placed first when not every meeting fits.</summary>
    public int Priority { get; set; } = 1;
    /// <summary>The requester's mark, chosen when asking.</summary>
    public MeetingMark FromMark { get; set; }
    /// <summary>The recipient's mark, chosen when accepting.</summary>
    public MeetingMark ToMark { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? RespondedAtUtc { get; set; }
    public DateTime ExpiresAtUtc { get; set; }
    public int Version { get; set; }
}
