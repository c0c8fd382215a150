using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Features.Matchmaking.Scheduling;

/// <summary>The event has no schedule run with this id. A <see cref="KeyNotFoundException"/>, as the pages expect.</summary>
public sealed class ScheduleRunNotFoundException(int eventId, int runId)
    : KeyNotFoundException($"Run {runId} of event {eventId} does not exist."), IDomainRefusal
{
    public int StatusCode => StatusCodes.Status404NotFound;

    public string Title => "Not found";

    public string Detail => "No such schedule run for this event.";
}
