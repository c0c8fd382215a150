using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.Programme.Events;

public class Venue
{
    public int Id { get; set; }
    public BilingualText Name { get; set; } = new();
    public BilingualText Address { get; set; } = new();
    public required string City { get; set; }
    public List<Room> Rooms { get; set; } = [];
}
