using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Features.Programme.Organizations;

namespace SpaceBridge.Web.Features.Matchmaking.Scheduling;

/// <summary>A table in the B2B area or an exhibitor's booth.</summary>
public class MeetingLocation
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public Event Event { get; set; } = null!;
    public required string Name { get; set; }
    public MeetingLocationKind Kind { get; set; }
    /// <summary>For a booth: the exhibiting organization, whose people meet there.</summary>
    public int? OrganizationId { get; set; }
    public Organization? Organization { get; set; }
}
