namespace SpaceBridge.Web.Infrastructure.Errors;

/// <summary>
/// A rule of the domain was broken by a requested change. Carries one message per field so pages
/// show them beside the inputs and the API returns them as a validation ProblemDetails (400).
/// </summary>
public sealed class DomainValidationException(IReadOnlyDictionary<string, string[]> errors)
    : Exception(string.Join(" ", errors.SelectMany(e => e.Value)))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public DomainValidationException(string field, string message)
        : this(new Dictionary<string, string[]> { [field] = [message] })
    {
    }
}
