using System.Diagnostics.Metrics;

namespace SpaceBridge.Web.Infrastructure.Caching;

/// <summary>Hits, misses and evictions of the public response cache (meter <see cref="MeterName"/>).</summary>
public sealed class PublicCacheMetrics
{
    public const string MeterName = "SpaceBridge.PublicCache";

    private readonly Meter _meter;
    private readonly Counter<long> _hits;
    private readonly Counter<long> _misses;
    private readonly Counter<long> _evictions;

    public PublicCacheMetrics(IMeterFactory meterFactory)
    {
        _meter = meterFactory.Create(MeterName);
        _hits = _meter.CreateCounter<long>("spacebridge.public_cache.hits", "{response}", "Public answers served from the cache.");
        _misses = _meter.CreateCounter<long>("spacebridge.public_cache.misses", "{response}", "Public answers rendered because the cache had none.");
        _evictions = _meter.CreateCounter<long>("spacebridge.public_cache.evictions", "{eviction}", "Evictions of cached public answers by an edit.");
    }

    public void Hit(PathString path) => _hits.Add(1, new KeyValuePair<string, object?>("route.kind", KindOf(path)));

    public void Miss(PathString path) => _misses.Add(1, new KeyValuePair<string, object?>("route.kind", KindOf(path)));

    public void Evicted(string scope) => _evictions.Add(1, new KeyValuePair<string, object?>("scope", scope));

    private static string KindOf(PathString path) =>
        path.StartsWithSegments("/api") ? "api"
        : path.Value is { } value && (value.EndsWith(".ics", StringComparison.OrdinalIgnoreCase) || value.EndsWith(".atom", StringComparison.OrdinalIgnoreCase)) ? "export"
        : "page";
}
