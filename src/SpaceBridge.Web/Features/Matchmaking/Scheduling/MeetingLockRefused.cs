using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Features.Matchmaking.Scheduling;

/// <summary>
/// A lock or unlock that cannot be done: the meeting is not in the run or not locked (404), or the run, the meeting's
/// place or the event's locks are not what the caller saw (409). Nothing was saved.
/// </summary>
public sealed class MeetingLockRefused(bool notFound, string message) : Exception(message), IDomainRefusal
{
    public bool NotFound { get; } = notFound;

    public int StatusCode => NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status409Conflict;

    public string Title => NotFound ? "Not found" : "The meeting cannot be locked or unlocked.";

    public string Detail => Message;
}
