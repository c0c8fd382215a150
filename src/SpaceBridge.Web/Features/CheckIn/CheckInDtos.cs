using System.Globalization;
using SpaceBridge.Web.Features.Registrations;

namespace SpaceBridge.Web.Features.CheckIn;

/// <summary>A scan at a registration desk: the text the scanner typed, and which desk.</summary>
public sealed record CheckInRequest(string? Token, string? Desk);

/// <summary>A scan at a session door.</summary>
public sealed record SessionScanRequest(string? Token);

public sealed record AttendeeDto(
    int RegistrationId,
    string? HangulName,
    string RomanizedName,
    string OrganizationName,
    string? Position,
    string CountryCode,
    string CountryName,
    ParticipantType ParticipantType,
    RegistrationStatus Status,
    string? Delegation,
    string? AccessibilityNeeds,
    string? DietaryNeeds,
    bool NeedsInterpreter,
    string? InterpreterLanguage)
{
    public static AttendeeDto From(Attendee a) => new(
        a.RegistrationId, a.HangulName, a.RomanizedName, a.OrganizationName, a.Position, a.CountryCode, a.CountryName.Current,
        a.ParticipantType, a.Status, a.DelegationName, a.AccessibilityNeeds, a.DietaryNeeds, a.NeedsInterpreter, a.InterpreterLanguage);
}

/// <summary>When (in the event's time zone), by whom and at which desk a badge was first scanned.</summary>
public sealed record ScanDto(DateTimeOffset At, string TimeZone, string ByUserId, string By, string? ByEmail, string? Desk)
{
    public static ScanDto From(FirstScan s) => new(s.At, s.TimeZoneId, s.ByUserId, s.ByName, s.ByEmail, s.Desk);

    public string Describe() =>
        $"{At.ToString("HH:mm", CultureInfo.InvariantCulture)} ({TimeZone}) by {By}" + (Desk is null ? "" : $" at desk {Desk}");
}

public sealed record ScanResponse(AttendeeDto Attendee, ScanDto Scan);

public sealed record AttendanceDto(
    int EventId,
    DateTimeOffset AsOf,
    string TimeZone,
    int Approved,
    int CheckedIn,
    IReadOnlyList<AttendanceByTypeDto> ByType,
    IReadOnlyList<AttendanceByCountryDto> ByCountry,
    IReadOnlyList<SessionAttendanceDto> Sessions)
{
    public static AttendanceDto From(EventAttendance a) => new(
        a.EventId, a.AsOf, a.TimeZoneId, a.Approved, a.CheckedIn,
        a.ByType.Select(t => new AttendanceByTypeDto(t.ParticipantType, t.Approved, t.CheckedIn)).ToList(),
        a.ByCountry.Select(c => new AttendanceByCountryDto(c.CountryCode, c.CountryName.Current, c.Approved, c.CheckedIn)).ToList(),
        a.Sessions.Select(s => new SessionAttendanceDto(s.SessionId, s.Title.Current, s.StartsAt, s.EndsAt, s.Attended)).ToList());
}

public sealed record AttendanceByTypeDto(ParticipantType ParticipantType, int Approved, int CheckedIn);

public sealed record AttendanceByCountryDto(string CountryCode, string CountryName, int Approved, int CheckedIn);

public sealed record SessionAttendanceDto(int SessionId, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, int Attended);
