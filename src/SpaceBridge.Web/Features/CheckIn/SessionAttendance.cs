using SpaceBridge.Web.Features.Programme.Sessions;
using SpaceBridge.Web.Features.Registrations;

namespace SpaceBridge.Web.Features.CheckIn;

/// <summary>A badge scanned at a session door. At most one per registration and session.</summary>
public class SessionAttendance
{
    public int Id { get; set; }
    public int SessionId { get; set; }
    public Session Session { get; set; } = null!;
    public int RegistrationId { get; set; }
    public Registration Registration { get; set; } = null!;
    public DateTime AtUtc { get; set; }
    public required string ByUserId { get; set; }
}
