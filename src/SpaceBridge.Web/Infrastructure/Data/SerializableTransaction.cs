using System.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace SpaceBridge.Web.Infrastructure.Data;

/// <summary>
/// Runs a unit of work in one serializable transaction and retries it from a clean change tracker
/// when the database reports a conflict with a concurrent transaction (PostgreSQL serialization
/// failure or deadlock, SQLite busy, or a concurrency-token mismatch). Seats are counted and taken
/// inside the transaction, so two approvals racing for the last seat cannot both win.
/// </summary>
public static class SerializableTransaction
{
    public const int MaxAttempts = 8;

    public static async Task<T> RunAsync<T>(AppDbContext db, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            await using var tx = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
            try
            {
                var result = await work(cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                await tx.CommitAsync(cancellationToken);
                return result;
            }
            catch (Exception ex) when (attempt < MaxAttempts && IsConflict(ex))
            {
                db.ChangeTracker.Clear();
                await Task.Delay(Random.Shared.Next(5, 25) * attempt, cancellationToken);
            }
        }
    }

    public static bool IsConflict(Exception ex) => ex switch
    {
        DbUpdateConcurrencyException => true,
        PostgresException { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected } => true,
        SqliteException { SqliteErrorCode: 5 or 6 } => true,
        { InnerException: { } inner } => IsConflict(inner),
        _ => false,
    };

    /// <summary>True when a unique index refused the write (e.g. the same e-mail registered twice at once).</summary>
    public static bool IsUniqueViolation(Exception ex) => ex switch
    {
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } => true,
        SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 or 1555 } => true,
        { InnerException: { } inner } => IsUniqueViolation(inner),
        _ => false,
    };
}
