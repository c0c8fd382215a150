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
    public bool ConsentToDirectory { get; init; }
    public bool ConsentToProcessing { get; init; }
    public bool ConsentToExhibitors { get; init; }
}

/// <summary>Who registers whom: the account it belongs to (if any) and who submitted it.</summary>
public sealed record Registrant(string Email, string? UserId, string? SubmittedByUserId, int? DelegationId = null, int? ProtocolRank = null);
