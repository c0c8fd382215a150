using SpaceBridge.Web.Domain.Accounts;

namespace SpaceBridge.Web.Domain.Registrations;

public enum RegistrationStatus { Submitted, Approved, Rejected, Waitlisted, Cancelled }

public enum ParticipantType { Government, Delegate, Speaker, Exhibitor, Press, Organizer, Guest }

/// <summary>
/// One person's registration for one event. Personal data is kept for the stated purpose
/// (running the event) and shown in the participant directory only with consent.
/// </summary>
public class Registration
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public Event Event { get; set; } = null!;
    /// <summary>The account that owns the registration; null for people registered by their head of delegation or by import.</summary>
    public string? UserId { get; set; }
    public AppUser? User { get; set; }
    /// <summary>Who submitted it (the person themself, a head of delegation, or an organizer's import).</summary>
    public string? SubmittedByUserId { get; set; }

    public required string Email { get; set; }
    public string? HangulName { get; set; }
    public required string RomanizedName { get; set; }
    public required string OrganizationName { get; set; }
    public int? OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public required string CountryCode { get; set; }
    public Country Country { get; set; } = null!;
    public string? Position { get; set; }
    public ParticipantType ParticipantType { get; set; }

    public string? DietaryNeeds { get; set; }
    public string? AccessibilityNeeds { get; set; }
    public bool NeedsInterpreter { get; set; }
    /// <summary>Language the interpreter should speak, e.g. "ko" or "en".</summary>
    public string? InterpreterLanguage { get; set; }
    public bool ConsentToDirectory { get; set; }
    public bool ConsentToProcessing { get; set; }
    public DateTime? ConsentedAtUtc { get; set; }

    public RegistrationStatus Status { get; set; }
    public DateTime SubmittedAtUtc { get; set; }
    public DateTime StatusChangedAtUtc { get; set; }
    public string? StatusReason { get; set; }

    public int? DelegationId { get; set; }
    public Delegation? Delegation { get; set; }
    /// <summary>Protocol precedence: lower ranks first in lists and seating; null for no rank.</summary>
    public int? ProtocolRank { get; set; }

    /// <summary>Random, unguessable badge token (never a sequential id); what the QR code carries, signed.</summary>
    public required string BadgeToken { get; set; }
    public CheckIn? CheckIn { get; set; }

    /// <summary>Optimistic concurrency: a stale review form cannot overwrite a newer decision.</summary>
    public int Version { get; set; }
}

public enum DelegationKind { Government, Organization }

/// <summary>A government or organization delegation: a head and members, handled by organizers as a unit.</summary>
public class Delegation
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public Event Event { get; set; } = null!;
    public required string Name { get; set; }
    public DelegationKind Kind { get; set; }
    public required string CountryCode { get; set; }
    public Country Country { get; set; } = null!;
    public int? OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public required string HeadUserId { get; set; }
    public AppUser HeadUser { get; set; } = null!;
    public List<Registration> Members { get; set; } = [];
}

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

/// <summary>Who did what to whom, when: every organizer action is recorded.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTime AtUtc { get; set; }
    public string? ActorUserId { get; set; }
    public string? ActorEmail { get; set; }
    public int? ForumId { get; set; }
    public int? EventId { get; set; }
    public required string Action { get; set; }
    public required string Subject { get; set; }
    public string? Details { get; set; }
}
