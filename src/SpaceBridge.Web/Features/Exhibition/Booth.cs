namespace SpaceBridge.Web.Features.Exhibition;

/// <summary>A booth: a rectangle of cells on the hall plan, with a code visitors find it by, and the exhibitor it is assigned to.</summary>
public class Booth
{
    public const int CodeMaxLength = 16;

    public int Id { get; set; }
    public int HallPlanId { get; set; }
    public HallPlan HallPlan { get; set; } = null!;
    public required string Code { get; set; }
    public int X { get; set; }
    public int Y { get; set; }
    public int Width { get; set; }
    public int Height { get; set; }
    public int? ExhibitorId { get; set; }
    public Exhibitor? Exhibitor { get; set; }
    public int Version { get; set; }

    public bool Overlaps(int x, int y, int width, int height) =>
        x < X + Width && X < x + width && y < Y + Height && Y < y + height;
}
