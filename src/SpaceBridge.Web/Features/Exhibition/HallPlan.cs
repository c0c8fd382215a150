using SpaceBridge.Web.Features.Programme.Events;

namespace SpaceBridge.Web.Features.Exhibition;

/// <summary>The exhibition hall of an event as a grid of one-metre cells; booths are rectangles on it.</summary>
public class HallPlan
{
    public const int MaxSide = 200;

    public int Id { get; set; }
    public int EventId { get; set; }
    public Event Event { get; set; } = null!;
    /// <summary>Width of the hall in cells (metres).</summary>
    public int Width { get; set; }
    /// <summary>Depth of the hall in cells (metres).</summary>
    public int Height { get; set; }
    public List<Booth> Booths { get; set; } = [];
    public int Version { get; set; }
}
