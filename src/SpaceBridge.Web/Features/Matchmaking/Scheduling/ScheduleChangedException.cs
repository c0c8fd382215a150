using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Features.Matchmaking.Scheduling;

/// <summary>The database refused a schedule write because the schedule changed meanwhile; nothing was saved.</summary>
public sealed class ScheduleChangedException(string message, Exception? inner = null) : Exception(message, inner), IDomainRefusal
{
    public int StatusCode => StatusCodes.Status409Conflict;

    public string Title => "Schedule changed";

    public string Detail => Message;
}
