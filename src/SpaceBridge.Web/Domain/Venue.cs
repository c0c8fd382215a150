namespace SpaceBridge.Web.Domain;

public class Venue
{
    public int Id { get; set; }
    public BilingualText Name { get; set; } = new();
    public BilingualText Address { get; set; } = new();
    public required string City { get; set; }
    public List<Room> Rooms { get; set; } = [];
}

public class Room
{
    public int Id { get; set; }
    public int VenueId { get; set; }
    public Venue Venue { get; set; } = null!;
    public BilingualText Name { get; set; } = new();
    public int? Capacity { get; set; }
}
