using SpaceBridge.Web.Features.Matchmaking.Requests;
using SpaceBridge.Web.Features.Programme.Events;

namespace SpaceBridge.Web.Features.Matchmaking.Scheduling;

/// <summary>
/// An organizer's lock: the request's meeting stays at this slot and table in every later run and repair, and cannot
/// be moved by hand until it is unlocked. One lock per request; the lock's id is its version (ETag), as a lock is never
/// changed, only removed and made again.
/// </summary>
public class MeetingLock
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public Event Event { get; set; } = null!;
    public int MeetingRequestId { get; set; }
    public MeetingRequest MeetingRequest { get; set; } = null!;
    public int SlotId { get; set; }
    public MeetingSlot Slot { get; set; } = null!;
    public int LocationId { get; set; }
    public MeetingLocation Location { get; set; } = null!;
    public required string LockedBy { get; set; }
    public DateTime LockedAtUtc { get; set; }
}
