namespace SpaceBridge.Web.Features.Registrations.Import;

/// <summary>One problem in an uploaded file: the line (1 = header), the column (null for the whole line), a code and a message.</summary>
public sealed record ImportRowError(int Line, string? Column, string Code, string Message);

/// <summary>A row that passed every check, ready to be registered.</summary>
public sealed record ImportRow(int Line, string Email, RegistrationDetails Details);

/// <summary>What a dry run found: the valid rows and every error. An import applies only when there are no errors.</summary>
public sealed record ImportPlan(int RowCount, IReadOnlyList<ImportRow> Rows, IReadOnlyList<ImportRowError> Errors)
{
    public bool IsValid => Errors.Count == 0 && Rows.Count > 0;
}

/// <summary>The stable error codes, for API clients.</summary>
public static class ImportErrorCodes
{
    public const string Encoding = "encoding", Empty = "empty", MissingHeader = "missing-header", Malformed = "malformed",
        Required = "required", Email = "email", Country = "country", ParticipantType = "participant-type",
        DuplicateInFile = "duplicate-in-file", AlreadyRegistered = "already-registered", Formula = "formula",
        TooLong = "too-long", YesNo = "yes-no", InterpreterLanguage = "interpreter-language", TooLarge = "too-large",
        ControlCharacter = "control-character", MeetingLanguage = "meeting-language",
        InterpreterLanguageNotSpoken = "interpreter-language-not-spoken";
}
