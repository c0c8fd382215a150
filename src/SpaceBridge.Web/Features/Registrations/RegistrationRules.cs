using System.Net.Mail;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Features.Registrations;

/// <summary>Field rules shared by the registration form, the delegation form, the API and the CSV import.</summary>
public static class RegistrationRules
{
    public const int EmailMax = 256, NameMax = 200, HangulNameMax = 100, OrganizationMax = 300, PositionMax = 200, NeedsMax = 500;
    public static readonly string[] InterpreterLanguages = ["ko", "en"];

    public static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();

    public static bool IsEmail(string? value) =>
        !string.IsNullOrWhiteSpace(value) && value.Length <= EmailMax && MailAddress.TryCreate(value.Trim(), out var address)
        && address.Address == value.Trim() && address.Host.Contains('.');

    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Checks the details; throws <see cref="DomainValidationException"/> with one message per field.</summary>
    public static void Validate(RegistrationDetails d, string email, ISet<string> countryCodes, IStringLocalizer l)
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string field, string message) => (errors.TryGetValue(field, out var list) ? list : errors[field] = []).Add(message);

        if (!IsEmail(email)) Add("Email", l["Registration.Error.Email"]);
        if (string.IsNullOrWhiteSpace(d.RomanizedName)) Add(nameof(d.RomanizedName), l["Registration.Error.Required"]);
        else if (d.RomanizedName.Trim().Length > NameMax) Add(nameof(d.RomanizedName), l["Registration.Error.TooLong", NameMax]);
        if (d.HangulName?.Trim().Length > HangulNameMax) Add(nameof(d.HangulName), l["Registration.Error.TooLong", HangulNameMax]);
        if (string.IsNullOrWhiteSpace(d.OrganizationName)) Add(nameof(d.OrganizationName), l["Registration.Error.Required"]);
        else if (d.OrganizationName.Trim().Length > OrganizationMax) Add(nameof(d.OrganizationName), l["Registration.Error.TooLong", OrganizationMax]);
        if (!countryCodes.Contains(d.CountryCode?.Trim().ToUpperInvariant() ?? "")) Add(nameof(d.CountryCode), l["Registration.Error.Country"]);
        if (d.Position?.Trim().Length > PositionMax) Add(nameof(d.Position), l["Registration.Error.TooLong", PositionMax]);
        if (d.DietaryNeeds?.Trim().Length > NeedsMax) Add(nameof(d.DietaryNeeds), l["Registration.Error.TooLong", NeedsMax]);
        if (d.AccessibilityNeeds?.Trim().Length > NeedsMax) Add(nameof(d.AccessibilityNeeds), l["Registration.Error.TooLong", NeedsMax]);
        if (!Enum.IsDefined(d.ParticipantType)) Add(nameof(d.ParticipantType), l["Registration.Error.ParticipantType"]);
        if (d.NeedsInterpreter && !InterpreterLanguages.Contains(d.InterpreterLanguage)) Add(nameof(d.InterpreterLanguage), l["Registration.Error.InterpreterLanguage"]);
        if (d.MeetingLanguages?.FirstOrDefault(code => !MeetingLanguageCodes.IsKnown(code)) is { } unknown)
            Add(nameof(d.MeetingLanguages), l["Interpreters.Error.UnknownLanguage", unknown]);
        else if (d.NeedsInterpreter && d.InterpreterLanguage is { } heard && MeetingLanguageCodes.Normalize(d.MeetingLanguages) is { Count: > 0 } spoken
            && !spoken.Contains(heard))
            // Interpretation of the sessions into a language the person cannot meet in contradicts the meeting languages.
            Add(nameof(d.MeetingLanguages), l["Interpreters.Error.InterpreterLanguageNotSpoken"]);
        if (!d.ConsentToProcessing) Add(nameof(d.ConsentToProcessing), l["Registration.Error.Consent"]);

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        }
    }

    /// <summary>A registrant may change their registration while the event takes registrations and it is still in play.</summary>
    public static bool CanChange(Registration r, Programme.Events.Event ev, DateTime nowUtc) =>
        ev.IsRegistrationOpen(nowUtc) && r.Status is RegistrationStatus.Submitted or RegistrationStatus.Waitlisted or RegistrationStatus.Approved;

    /// <summary>The participant type decides badge and seating, so it changes only until the registration is approved.</summary>
    public static bool CanChangeType(Registration r) => r.Status is RegistrationStatus.Submitted or RegistrationStatus.Waitlisted;
}
