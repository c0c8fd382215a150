namespace SpaceBridge.Web.Infrastructure.Errors;

/// <summary>
/// An exception by which a service refuses a request for a reason the caller can act on (the thing is not theirs, it
/// changed meanwhile). <see cref="ApiExceptionHandler"/> answers it on the API with a ProblemDetails of this status,
/// title and detail; pages catch it and show their own message.
/// </summary>
public interface IDomainRefusal
{
    int StatusCode { get; }

    string Title { get; }

    string Detail { get; }

    /// <summary>Further members of the ProblemDetails, for a client that acts on the refusal.</summary>
    IReadOnlyDictionary<string, object?>? Extensions => null;
}
