using SpaceBridge.Web.Features.Registrations;

namespace SpaceBridge.Web.Features.CheckIn;

/// <summary>A badge scanned at a registration desk. At most one per registration (unique index).</summary>
public class CheckIn
{
    public int Id { get; set; }
    public int RegistrationId { get; set; }
    public Registration Registration { get; set; } = null!;
    public int EventId { get; set; }
    public DateTime AtUtc { get; set; }
    public required string ByUserId { get; set; }
    public string? Desk { get; set; }
}
