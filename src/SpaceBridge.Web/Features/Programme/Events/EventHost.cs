using SpaceBridge.Web.Features.Programme.Organizations;

namespace SpaceBridge.Web.Features.Programme.Events;

public class EventHost
{
    public int EventId { get; set; }
    public Event Event { get; set; } = null!;
    public int OrganizationId { get; set; }
    public Organization Organization { get; set; } = null!;
    public HostRole Role { get; set; }
}
