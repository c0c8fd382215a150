namespace SpaceBridge.Web.Features.Matchmaking.Requests;

/// <summary>
/// Marks pending requests whose time is up as Expired every few minutes. Reads do not wait for it: every answer
/// and listing runs the same sweep first, so an expired request is never shown or accepted as pending.
/// </summary>
public sealed class MeetingRequestExpiry(IServiceScopeFactory scopes, TimeProvider clock, ILogger<MeetingRequestExpiry> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var expired = await scope.ServiceProvider.GetRequiredService<MeetingRequestService>().ExpireDueAsync(stoppingToken);
                if (expired > 0)
                {
                    logger.LogInformation("{Count} meeting requests expired", expired);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "The meeting request expiry sweep failed; it runs again in {Interval}", Interval);
            }
        }
    }
}
