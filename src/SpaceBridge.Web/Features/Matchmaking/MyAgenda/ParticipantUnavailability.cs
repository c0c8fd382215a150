using SpaceBridge.Web.Features.Matchmaking.Scheduling;
using SpaceBridge.Web.Features.Registrations;

namespace SpaceBridge.Web.Features.Matchmaking.MyAgenda;

/// <summary>A slot in which a participant cannot meet (declared, or blocked because they speak in a session).</summary>
public class ParticipantUnavailability
{
    public int Id { get; set; }
    public int RegistrationId { get; set; }
    public Registration Registration { get; set; } = null!;
    public int SlotId { get; set; }
    public MeetingSlot Slot { get; set; } = null!;
    /// <summary>True when derived from the agenda (the participant speaks), false when declared.</summary>
    public bool FromAgenda { get; set; }
}
