using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Infrastructure.Caching;

/// <summary>
/// Reads the content versions every <see cref="PublicCacheOptions.PollInterval"/> and evicts the cached answers of
/// each scope whose version changed, so an edit made on any node is gone from this node's cache within one poll.
/// Until its first successful read, and when reads have failed for <see cref="PublicCacheOptions.StaleAfter"/>,
/// the node serves nothing from the cache.
/// </summary>
public sealed class ContentVersionWatcher(
    IServiceScopeFactory scopes,
    IServiceProvider services,
    IOptions<PublicCacheOptions> options,
    PublicCacheMetrics metrics,
    TimeProvider clock,
    ILogger<ContentVersionWatcher> logger) : BackgroundService
{
    private readonly Lock _seenLock = new();
    private Dictionary<int, long>? _seen;
    private long _lastSuccess = long.MinValue;
    private long _generation;
    private bool _failing;

    // Resolved when first needed: the store's options include the cache policy, which depends on this watcher.
    private IOutputCacheStore Store => field ??= services.GetRequiredService<IOutputCacheStore>();

    /// <summary>Changes on every eviction: an answer rendered across an eviction is not stored.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public bool IsSynchronized =>
        _seen is not null && clock.GetTimestamp() - Interlocked.Read(ref _lastSuccess) < options.Value.StaleAfter.TotalSeconds * clock.TimestampFrequency;

    /// <summary>
    /// Evicts at once what an edit on this node changed (other nodes see it at their next poll), and remembers the
    /// versions it wrote so the next poll does not evict the same answers again.
    /// </summary>
    public ValueTask EvictWrittenAsync(IReadOnlyDictionary<int, long> written)
    {
        lock (_seenLock)
        {
            if (_seen is { } seen)
            {
                foreach (var (scope, version) in written)
                {
                    seen[scope] = version;
                }
            }
        }
        return EvictAsync([.. written.Keys]);
    }

    public async ValueTask EvictAsync(IReadOnlyCollection<int> changedScopes, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _generation);
        if (changedScopes.Contains(ContentVersion.EveryForum))
        {
            await EvictTagAsync(PublicCacheTags.All, cancellationToken);
            return;
        }
        await EvictTagAsync(PublicCacheTags.Site, cancellationToken);
        foreach (var scope in changedScopes)
        {
            await EvictTagAsync(PublicCacheTags.Forum(scope), cancellationToken);
        }
    }

    private async ValueTask EvictTagAsync(string tag, CancellationToken cancellationToken)
    {
        await Store.EvictByTagAsync(tag, cancellationToken);
        metrics.Evicted(tag == PublicCacheTags.All ? "all" : tag == PublicCacheTags.Site ? "site" : "forum");
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }
        await WaitForCurrentSchemaAsync(stoppingToken);
        using var timer = new PeriodicTimer(options.Value.PollInterval, clock);
        do
        {
            await PollAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>A node may start before its database is migrated; it polls only once the table exists.</summary>
    private async Task WaitForCurrentSchemaAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await using (var scope = scopes.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                if ((await SchemaState.ReadAsync(db, stoppingToken)).IsCurrent)
                {
                    return;
                }
            }
            await Task.Delay(TimeSpan.FromSeconds(1), clock, stoppingToken);
        }
    }

    internal async Task PollAsync(CancellationToken cancellationToken)
    {
        Dictionary<int, long> current;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            current = await db.Set<ContentVersion>().AsNoTracking().ToDictionaryAsync(v => v.Scope, v => v.Version, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            if (!_failing)
            {
                _failing = true;
                logger.LogWarning(ex, "Could not read the content versions; cached public answers are not served until the next successful read");
            }
            if (_seen is not null && !IsSynchronized)
            {
                // Whatever changed meanwhile is unknown: start again from an empty cache.
                lock (_seenLock) _seen = null;
                await EvictAsync([ContentVersion.EveryForum], cancellationToken);
            }
            return;
        }
        if (_failing)
        {
            _failing = false;
            logger.LogInformation("Content versions are readable again");
        }
        List<int> changed = [];
        lock (_seenLock)
        {
            if (_seen is { } previous)
            {
                changed = [.. current.Where(v => !previous.TryGetValue(v.Key, out var seen) || seen != v.Value).Select(v => v.Key)
                    .Concat(previous.Keys.Where(k => !current.ContainsKey(k)))];
            }
            _seen = current;
        }
        if (changed.Count > 0)
        {
            await EvictAsync(changed, cancellationToken);
        }
        Interlocked.Exchange(ref _lastSuccess, clock.GetTimestamp());
    }
}
