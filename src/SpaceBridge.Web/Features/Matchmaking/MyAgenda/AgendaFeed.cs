using SpaceBridge.Web.Features.Registrations;

namespace SpaceBridge.Web.Features.Matchmaking.MyAgenda;

/// <summary>The secret address of a participant's personal agenda feed (.ics).</summary>
public class AgendaFeed
{
    public int Id { get; set; }
    public int RegistrationId { get; set; }
    public Registration Registration { get; set; } = null!;
    public required string Token { get; set; }
}
