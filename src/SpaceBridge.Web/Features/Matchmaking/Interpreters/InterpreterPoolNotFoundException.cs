using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Features.Matchmaking.Interpreters;

/// <summary>The event has no interpreter pool with this id. A <see cref="KeyNotFoundException"/>, as the pages expect.</summary>
public sealed class InterpreterPoolNotFoundException(int eventId, int poolId)
    : KeyNotFoundException($"Interpreter pool {poolId} of event {eventId} does not exist."), IDomainRefusal
{
    public int StatusCode => StatusCodes.Status404NotFound;

    public string Title => "Not found";

    public string Detail => "No such interpreter pool for this event.";
}
