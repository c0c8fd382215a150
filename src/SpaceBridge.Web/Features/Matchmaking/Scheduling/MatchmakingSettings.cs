using SpaceBridge.Web.Features.Programme.Events;

namespace SpaceBridge.Web.Features.Matchmaking.Scheduling;

/// <summary>How an event's B2B meetings run: slot length, meeting blocks, request window and quotas.</summary>
public class MatchmakingSettings
{
    public int EventId { get; set; }
    public Event Event { get; set; } = null!;
    public int SlotMinutes { get; set; } = 20;
    /// <summary>Meeting blocks in event-local time; each block is a run of consecutive slots.</summary>
    public List<MeetingBlock> Blocks { get; set; } = [];
    public DateTime? RequestsOpenUtc { get; set; }
    public DateTime? RequestsCloseUtc { get; set; }
    public int MaxRequestsPerParticipant { get; set; } = 20;
    public int RequestExpiryDays { get; set; } = 7;
}
