using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.Programme.Sessions;

/// <summary>One item of an event's agenda. Times are instants in UTC.</summary>
public class Session
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public Event Event { get; set; } = null!;
    public SessionKind Kind { get; set; }
    public BilingualText Title { get; set; } = new();
    public BilingualText Description { get; set; } = new();
    public DateTime StartsAtUtc { get; set; }
    public DateTime EndsAtUtc { get; set; }
    public int? RoomId { get; set; }
    public Room? Room { get; set; }
    public List<Topic> Topics { get; set; } = [];
    public List<SessionPerson> People { get; set; } = [];
    /// <summary>A draft (false) is seen only by the forum's organizers.</summary>
    public bool Published { get; set; }
    /// <summary>The iCalendar SEQUENCE: increases with every change made while the session is published.</summary>
    public int Sequence { get; set; }
    public int Version { get; set; }
}
