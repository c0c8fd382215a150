using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.Programme.Events;

public class Room
{
    public int Id { get; set; }
    public int VenueId { get; set; }
    public Venue Venue { get; set; } = null!;
    public BilingualText Name { get; set; } = new();
    public int? Capacity { get; set; }
    public int Version { get; set; }
}
