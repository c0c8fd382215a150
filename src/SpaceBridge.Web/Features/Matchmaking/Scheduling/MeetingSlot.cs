using SpaceBridge.Web.Features.Programme.Events;

namespace SpaceBridge.Web.Features.Matchmaking.Scheduling;

/// <summary>One meeting slot of an event, derived from its settings.</summary>
public class MeetingSlot
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public Event Event { get; set; } = null!;
    public int Index { get; set; }
    public int BlockIndex { get; set; }
    public DateTime StartsAtUtc { get; set; }
    public DateTime EndsAtUtc { get; set; }
}
