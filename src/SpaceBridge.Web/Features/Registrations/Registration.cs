using SpaceBridge.Web.Features.Accounts;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Features.Programme.Organizations;
using SpaceBridge.Web.Features.Registrations.Delegations;

namespace SpaceBridge.Web.Features.Registrations;

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
    /// <summary>
    /// Language the interpreter should speak, e.g. "ko" or "en": interpretation of the programme's sessions (headsets,
    /// shown at check-in). Meetings use <see cref="MeetingLanguages"/>; when both are given this is one of them.
    /// </summary>
    public string? InterpreterLanguage { get; set; }
    /// <summary>
    /// Languages the person can hold a one-to-one meeting in (codes of <see cref="MeetingLanguageCodes"/>), the preferred
    /// one first. Empty: not known, and the scheduler never books an interpreter for them.
    /// </summary>
    public List<string> MeetingLanguages { get; set; } = [];
    public bool ConsentToDirectory { get; set; }
    public bool ConsentToProcessing { get; set; }
    /// <summary>Whether exhibitors who scan this badge may see the person's name and contact details (otherwise they count an anonymous visit).</summary>
    public bool ConsentToExhibitors { get; set; }
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
    public CheckIn.CheckIn? CheckIn { get; set; }

    /// <summary>Optimistic concurrency: a stale review form cannot overwrite a newer decision.</summary>
    public int Version { get; set; }

    /// <summary>When the invitation to claim this registration (made for someone else) was sent; null while it has not been.</summary>
    public DateTime? InvitationSentAtUtc { get; set; }
    /// <summary>The run sending the invitation now, and since when; a claim older than the timeout is taken over (a crashed run).</summary>
    public string? InvitationClaimedBy { get; set; }
    public DateTime? InvitationClaimedAtUtc { get; set; }
}
