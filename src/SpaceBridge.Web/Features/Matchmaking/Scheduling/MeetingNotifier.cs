namespace SpaceBridge.Web.Features.Matchmaking.Scheduling;

/// <summary>
/// Tells participants about a published schedule. The participants' meeting e-mails belong to the requests
/// feature; until it offers them, publishing logs that no notification was sent.
/// </summary>
public sealed class MeetingNotifier(ILogger<MeetingNotifier> logger)
{
    public Task PublishedAsync(int eventId, CancellationToken ct)
    {
        logger.LogInformation("Schedule of event {EventId} published; participant notifications are not sent by this version", eventId);
        return Task.CompletedTask;
    }
}
