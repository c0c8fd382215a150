using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Infrastructure.Security;

/// <summary>
/// Fixed-window counters in the database (<see cref="RateLimitWindow"/>), so that every node counts against the same
/// number: one statement inserts the window's row or adds one to it and returns the new count. The same SQL runs on
/// PostgreSQL and SQLite (upsert with RETURNING). Expired windows are deleted now and then.
/// </summary>
public sealed class SharedRateLimitStore(IServiceScopeFactory scopes, TimeProvider clock)
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(5);
    private long _nextSweep;

    /// <summary>Counts one attempt for <paramref name="key"/>; allowed while the window's count stays within the limit.</summary>
    public async Task<(bool Allowed, TimeSpan RetryAfter)> CountAsync(string key, int permitLimit, TimeSpan window, CancellationToken ct)
    {
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        var seconds = Math.Max(1, (long)window.TotalSeconds);
        var start = now - now % seconds;
        var expires = start + seconds;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var counts = await db.Database.SqlQuery<int>($"""
            INSERT INTO "RateLimitWindows" ("Key", "WindowStart", "ExpiresAt", "Count") VALUES ({key}, {start}, {expires}, 1)
            ON CONFLICT ("Key", "WindowStart") DO UPDATE SET "Count" = "RateLimitWindows"."Count" + 1
            RETURNING "Count" AS "Value"
            """).ToListAsync(ct);
        if (now >= Interlocked.Read(ref _nextSweep))
        {
            Interlocked.Exchange(ref _nextSweep, now + (long)SweepInterval.TotalSeconds);
            await db.RateLimitWindows.Where(w => w.ExpiresAt <= now).ExecuteDeleteAsync(ct);
        }
        return (counts[0] <= permitLimit, TimeSpan.FromSeconds(expires - now));
    }
}
