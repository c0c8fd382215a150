using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Features.Programme.Editing;

/// <summary>
/// A session would double-book a room or a person: 409 on the API, naming the other session(s) in the detail and in
/// <c>conflictingSessionIds</c>; pages show the messages beside the fields. Nothing was saved.
/// </summary>
public sealed class AgendaConflictException(IReadOnlyList<AgendaViolation> violations)
    : Exception(string.Join(" ", violations.Select(v => v.Message))), IDomainRefusal
{
    public IReadOnlyList<AgendaViolation> Violations { get; } = violations;

    /// <summary>Messages by field, as <see cref="DomainValidationException.Errors"/>.</summary>
    public IReadOnlyDictionary<string, string[]> Errors =>
        Violations.GroupBy(v => v.Field).ToDictionary(g => g.Key, g => g.Select(v => v.Message).ToArray());

    public int StatusCode => StatusCodes.Status409Conflict;

    public string Title => "The session conflicts with another session.";

    public string Detail => Message;

    public IReadOnlyDictionary<string, object?>? Extensions => new Dictionary<string, object?>
    {
        ["conflictingSessionIds"] = Violations.Where(v => v.ConflictingSessionId is not null).Select(v => v.ConflictingSessionId!.Value).Distinct().ToArray(),
        ["errors"] = Errors,
    };
}
