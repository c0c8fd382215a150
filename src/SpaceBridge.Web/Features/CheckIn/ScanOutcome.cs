using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.CheckIn;

public enum ScanResult
{
    /// <summary>Recorded now by this scan.</summary>
    Recorded,
    /// <summary>Recorded before, by this or another desk; <see cref="ScanOutcome.First"/> says when and by whom.</summary>
    AlreadyRecorded,
    /// <summary>Not a genuine signed badge (mistyped, tampered with, or from elsewhere). Nothing written.</summary>
    InvalidToken,
    /// <summary>A genuine badge whose registration no longer exists.</summary>
    UnknownBadge,
    /// <summary>A badge for another event.</summary>
    OtherEvent,
    /// <summary>The registration is not approved; <see cref="Attendee.Status"/> says what it is.</summary>
    NotApproved,
}

/// <summary>What a desk learns from one scan.</summary>
public sealed record ScanOutcome(ScanResult Result, Attendee? Attendee = null, FirstScan? First = null)
{
    public bool IsRefused => Result is not (ScanResult.Recorded or ScanResult.AlreadyRecorded);
}

/// <summary>The person behind a badge, as the desk needs to see them.</summary>
public sealed record Attendee(
    int RegistrationId,
    string? HangulName,
    string RomanizedName,
    string OrganizationName,
    string? Position,
    string CountryCode,
    BilingualText CountryName,
    ParticipantType ParticipantType,
    RegistrationStatus Status,
    string? DelegationName,
    string? AccessibilityNeeds,
    string? DietaryNeeds,
    bool NeedsInterpreter,
    string? InterpreterLanguage);

/// <summary>The first (and only) check-in or session scan: when, in the event's time zone, by whom, where.</summary>
public sealed record FirstScan(DateTimeOffset At, string TimeZoneId, string ByUserId, string ByName, string? ByEmail, string? Desk);
