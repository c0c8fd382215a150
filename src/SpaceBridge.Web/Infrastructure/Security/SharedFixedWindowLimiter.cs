using System.Diagnostics;
using System.Threading.RateLimiting;

namespace SpaceBridge.Web.Infrastructure.Security;

/// <summary>
/// A fixed-window limiter for one partition whose count lives in <see cref="SharedRateLimitStore"/>. It keeps no state
/// of its own: the synchronous attempt always defers to <see cref="AcquireAsyncCore"/>, which the rate-limiting
/// middleware calls next, and which asks the database.
/// </summary>
public sealed class SharedFixedWindowLimiter(SharedRateLimitStore store, string key, int permitLimit, TimeSpan window) : RateLimiter
{
    private long _lastUsed = Stopwatch.GetTimestamp();

    public override TimeSpan? IdleDuration => Stopwatch.GetElapsedTime(Interlocked.Read(ref _lastUsed));

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount) => permitCount == 0 ? Lease.Granted : Lease.Deferred;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _lastUsed, Stopwatch.GetTimestamp());
        if (permitCount == 0)
        {
            return Lease.Granted;
        }
        var (allowed, retryAfter) = await store.CountAsync(key, permitLimit, window, cancellationToken);
        return allowed ? Lease.Granted : new Lease(false, retryAfter);
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly Lease Granted = new(true, null);
        public static readonly Lease Deferred = new(false, null);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = metadataName == MetadataName.RetryAfter.Name ? retryAfter : null;
            return metadata is not null;
        }
    }
}
