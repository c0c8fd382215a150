using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Features.Matchmaking.Requests;

public enum RefusalKind { NotFound, Conflict }

/// <summary>
/// A request that cannot be answered: not one of the caller's (shown as not found, so nobody learns others'
/// requests exist), or no longer in a state that allows the action (already answered, cancelled, expired, changed).
/// </summary>
public sealed class MeetingRequestRefused(RefusalKind kind, string message) : Exception(message), IDomainRefusal
{
    public RefusalKind Kind { get; } = kind;

    public int StatusCode => Kind == RefusalKind.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status409Conflict;

    public string Title => Kind == RefusalKind.NotFound ? "Not found" : "The request cannot be answered.";

    public string Detail => Kind == RefusalKind.NotFound ? MeetingRequestApi.NotFoundDetail : Message;
}
