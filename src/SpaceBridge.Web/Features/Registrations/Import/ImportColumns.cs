namespace SpaceBridge.Web.Features.Registrations.Import;

/// <summary>The header of an import file (also the header of the CSV export, so an export can be edited and re-imported).</summary>
public static class ImportColumns
{
    public const string Email = "email", HangulName = "hangul_name", RomanizedName = "romanized_name", Organization = "organization",
        Country = "country", Position = "position", ParticipantType = "participant_type", DietaryNeeds = "dietary_needs",
        AccessibilityNeeds = "accessibility_needs", InterpreterLanguage = "interpreter_language", MeetingLanguages = "meeting_languages",
        ConsentToDirectory = "consent_to_directory";

    /// <summary>What separates the codes of a list cell (meeting_languages): either, so "ko;en" and a quoted "ko, en" both read.</summary>
    public static readonly char[] ListSeparators = [';', ','];

    /// <summary>How the export writes a list cell (a semicolon needs no quoting in a comma-separated file).</summary>
    public const string ListSeparator = ";";

    public static readonly string[] Required = [Email, RomanizedName, Organization, Country, ParticipantType];

    public static readonly string[] All =
        [Email, HangulName, RomanizedName, Organization, Country, Position, ParticipantType, DietaryNeeds, AccessibilityNeeds, InterpreterLanguage, MeetingLanguages,
        ConsentToDirectory];
}
