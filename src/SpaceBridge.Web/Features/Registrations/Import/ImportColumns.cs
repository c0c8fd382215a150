namespace SpaceBridge.Web.Features.Registrations.Import;

/// <summary>The header of an import file (also the header of the CSV export, so an export can be edited and re-imported).</summary>
public static class ImportColumns
{
    public const string Email = "email", HangulName = "hangul_name", RomanizedName = "romanized_name", Organization = "organization",
        Country = "country", Position = "position", ParticipantType = "participant_type", DietaryNeeds = "dietary_needs",
        AccessibilityNeeds = "accessibility_needs", InterpreterLanguage = "interpreter_language", ConsentToDirectory = "consent_to_directory";

    public static readonly string[] Required = [Email, RomanizedName, Organization, Country, ParticipantType];

    public static readonly string[] All =
        [Email, HangulName, RomanizedName, Organization, Country, Position, ParticipantType, DietaryNeeds, AccessibilityNeeds, InterpreterLanguage, ConsentToDirectory];
}
