using Microsoft.AspNetCore.Http.HttpResults;

namespace SpaceBridge.Web.Infrastructure.Api;

/// <summary>Collects what is wrong with a request's query parameters, keyed by parameter name.</summary>
public sealed class QueryErrors
{
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Add(string parameter, string message) =>
        _errors[parameter] = _errors.TryGetValue(parameter, out var existing) ? [.. existing, message] : [message];

    public ValidationProblem ToProblem() => TypedResults.ValidationProblem(
        _errors,
        detail: $"Invalid query parameter(s): {string.Join(", ", _errors.Keys)}.",
        title: "The request's query parameters are not valid.");
}
