using SpaceBridge.Web.Features.Programme.Editing;

namespace SpaceBridge.Web.Features.Programme.Import;

/// <summary>One problem in a programme sheet: the line (1 = header), the column (null for the whole line), a code and a message.</summary>
public sealed record ProgrammeImportError(int Line, string? Column, string Code, string Message);

/// <summary>A row that passed every check, as the session it becomes and as the preview shows it (event-local times).</summary>
public sealed record ProgrammeImportRow(int Line, SessionEdit Edit, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string? RoomName,
    IReadOnlyList<string> People);

/// <summary>What a dry run found. An import applies only when there are rows and no errors.</summary>
public sealed record ProgrammeImportPlan(int RowCount, IReadOnlyList<ProgrammeImportRow> Rows, IReadOnlyList<ProgrammeImportError> Errors)
{
    public bool IsValid => Errors.Count == 0 && Rows.Count > 0;
}

/// <summary>The result of an import: the checked plan and how many sessions were written (0 unless the plan was valid).</summary>
public sealed record ProgrammeImportOutcome(ProgrammeImportPlan Plan, int Imported);

/// <summary>The stable error codes, for API clients.</summary>
public static class ProgrammeImportErrorCodes
{
    public const string Unreadable = "unreadable", Encoding = "encoding", Empty = "empty", MissingHeader = "missing-header",
        Malformed = "malformed", TooManyRows = "too-many-rows", Formula = "formula", ControlCharacter = "control-character",
        Required = "required", TooLong = "too-long", Kind = "kind", Date = "date", Time = "time", OutsideEvent = "outside-event",
        EndBeforeStart = "end-before-start", UnknownRoom = "unknown-room", UnknownPerson = "unknown-person",
        AmbiguousPerson = "ambiguous-person", PersonTwice = "person-twice", YesNo = "yes-no", RoomConflict = "room-conflict",
        PersonConflict = "person-conflict", TooLarge = "too-large", UnknownTopic = "unknown-topic";
}
