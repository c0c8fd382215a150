using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Features.Statements;

/// <summary>
/// A change to a statement that its rules refuse. <see cref="Code"/> names the reason for clients and for the pages,
/// which word it from the resources (<c>Statement.Refused.{code}</c>).
/// </summary>
public class StatementRefusal(int statusCode, string code, string title, string detail) : Exception(detail), IDomainRefusal
{
    public int StatusCode { get; } = statusCode;
    public string Code { get; } = code;
    public string Title { get; } = title;
    public string Detail { get; } = detail;

    public virtual IReadOnlyDictionary<string, object?>? Extensions => new Dictionary<string, object?> { ["code"] = Code };

    public static StatementRefusal NotFound() => new(StatusCodes.Status404NotFound, "not-found", "Not found", "There is no such statement or clause.");

    public static StatementRefusal Adopted() => new(StatusCodes.Status409Conflict, "adopted", "Statement adopted",
        "The statement has been adopted and its text is frozen.");

    public static StatementRefusal NotOrganizer() => new(StatusCodes.Status403Forbidden, "not-organizer", "Forbidden",
        "Only organizers of the statement's forum may do this.");

    public static StatementRefusal NotApprover() => new(StatusCodes.Status403Forbidden, "not-approver", "Not an approver",
        "You are not designated to approve this statement for that co-host.");

    public static StatementRefusal NotCurrent(int current) => new(StatusCodes.Status409Conflict, "not-current", "Not the current version",
        $"An approval is for the current version only; the current version is {current}.");

    public static StatementRefusal HashMismatch() => new(StatusCodes.Status409Conflict, "hash-mismatch", "Content changed",
        "The content hash does not match the version's text.");

    public static StatementRefusal Incomplete(IEnumerable<string> reasons) => new(StatusCodes.Status409Conflict, "incomplete", "Version incomplete",
        "A version can be approved once every clause and the title are in both languages and the place, the date and the signatories are given: "
        + string.Join(", ", reasons) + ".");

    public static StatementRefusal NotCoHost() => new(StatusCodes.Status400BadRequest, "not-co-host", "Not a co-host",
        "That organization is not a co-host of the statement's forum or event.");

    public static StatementRefusal StaleStatement() => new(StatusCodes.Status409Conflict, "stale-statement", "Changed meanwhile",
        "The statement was changed by someone else since you read it. Reload and try again.");
}

/// <summary>
/// A save of a clause that was read before someone else saved it. Nothing is written; both texts come back so the
/// second editor can merge by hand.
/// </summary>
public sealed class StaleClauseSave(int clauseId, int currentRevision, ClauseText yours, ClauseText current)
    : StatementRefusal(StatusCodes.Status409Conflict, "stale-clause", "Clause changed meanwhile",
        "Someone else saved this clause after you opened it. Your text was not saved; both texts are returned.")
{
    public int ClauseId { get; } = clauseId;
    public int CurrentRevision { get; } = currentRevision;
    public ClauseText Yours { get; } = yours;
    public ClauseText Current { get; } = current;

    public override IReadOnlyDictionary<string, object?>? Extensions => new Dictionary<string, object?>
    {
        ["code"] = Code,
        ["clauseId"] = ClauseId,
        ["currentRevision"] = CurrentRevision,
        ["etag"] = StatementETags.Clause(ClauseId, CurrentRevision),
        ["yours"] = Yours,
        ["current"] = Current,
    };
}

/// <summary>A clause's editable text as sent or as stored.</summary>
public sealed record ClauseText(ClauseKind Kind, string? En, string? Ko, int? OwnerOrganizationId, DateOnly? DueDate);
