using System.Text.Json.Serialization;

namespace SpaceBridge.Web.Features.Registrations;

/// <summary>What a person (or their head of delegation) states when registering for an event.</summary>
public sealed record RegistrationDetails
{
    public string? HangulName { get; init; }
    public string RomanizedName { get; init; } = "";
    public string OrganizationName { get; init; } = "";
    public string CountryCode { get; init; } = "";
    public string? Position { get; init; }
    public ParticipantType ParticipantType { get; init; } = ParticipantType.Delegate;
    public string? DietaryNeeds { get; init; }
    public string? AccessibilityNeeds { get; init; }
    public bool NeedsInterpreter { get; init; }
    public string? InterpreterLanguage { get; init; }
    /// <summary>Languages the person can hold a meeting in ("ko", "en", ...; preferred first); empty or absent: not known.</summary>
    public IReadOnlyList<string>? MeetingLanguages { get; init; }
    public bool ConsentToDirectory { get; init; }
    public bool ConsentToProcessing { get; init; }
    /// <summary>An approved organization from the list (GET /api/v1/organizations?search=), or the caller's own proposal.</summary>
    public int? OrganizationId { get; init; }
    /// <summary>A new organization proposed with the registration (the registration form); the API proposes separately.</summary>
    [JsonIgnore] public Organizations.ProposedOrganization? NewOrganization { get; init; }
    public bool ConsentToExhibitors { get; init; }
}

/// <summary>Who registers whom: the account it belongs to (if any) and who submitted it.</summary>
public sealed record Registrant(string Email, string? UserId, string? SubmittedByUserId, int? DelegationId = null, int? ProtocolRank = null);
