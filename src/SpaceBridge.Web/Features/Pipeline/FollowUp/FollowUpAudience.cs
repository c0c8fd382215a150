namespace SpaceBridge.Web.Features.Pipeline.FollowUp;

/// <summary>Who an organizer's follow-up mail goes to.</summary>
public enum FollowUpAudience
{
    /// <summary>Registrants of one event with one status (e.g. everyone approved for day 1).</summary>
    Registrants,
    /// <summary>Participants of an event's held meetings (published, slot begun).</summary>
    MeetingParticipants,
    /// <summary>Members of the parties of the forum's open initiatives.</summary>
    InitiativeParties,
}
