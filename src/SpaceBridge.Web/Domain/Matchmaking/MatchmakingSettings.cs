using SpaceBridge.Web.Domain.Registrations;

namespace SpaceBridge.Web.Domain.Matchmaking;

/// <summary>How an event's B2B meetings run: slot length, meeting blocks, request window and quotas.</summary>
public class MatchmakingSettings
{
    public int EventId { get; set; }
    public Event Event { get; set; } = null!;
    public int SlotMinutes { get; set; } = 20;
    /// <summary>Meeting blocks in event-local time; each block is a run of consecutive slots.</summary>
    public List<MeetingBlock> Blocks { get; set; } = [];
    public DateTime? RequestsOpenUtc { get; set; }
    public DateTime? RequestsCloseUtc { get; set; }
    public int MaxRequestsPerParticipant { get; set; } = 20;
    public int RequestExpiryDays { get; set; } = 7;
}

/// <summary>A block of meeting time in event-local time, e.g. 8 Nov 13:30-17:00.</summary>
public sealed record MeetingBlock(DateOnly Day, TimeOnly Start, TimeOnly End);

public enum MeetingLocationKind { Table, Booth }

/// <summary>A table in the B2B area or an exhibitor's booth.</summary>
public class MeetingLocation
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public Event Event { get; set; } = null!;
    public required string Name { get; set; }
    public MeetingLocationKind Kind { get; set; }
    /// <summary>For a booth: the exhibiting organization, whose people meet there.</summary>
    public int? OrganizationId { get; set; }
    public Organization? Organization { get; set; }
}

/// <summary>One meeting slot of an event, derived from its settings.</summary>
public class MeetingSlot
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public Event Event { get; set; } = null!;
    public int Index { get; set; }
    public int BlockIndex { get; set; }
    public DateTime StartsAtUtc { get; set; }
    public DateTime EndsAtUtc { get; set; }
}

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
