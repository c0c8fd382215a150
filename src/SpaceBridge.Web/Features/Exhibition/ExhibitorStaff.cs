using SpaceBridge.Web.Features.Accounts;

namespace SpaceBridge.Web.Features.Exhibition;

/// <summary>A user account allowed to scan leads for an exhibitor and to export them.</summary>
public class ExhibitorStaff
{
    public int Id { get; set; }
    public int ExhibitorId { get; set; }
    public Exhibitor Exhibitor { get; set; } = null!;
    public required string UserId { get; set; }
    public AppUser User { get; set; } = null!;
}
