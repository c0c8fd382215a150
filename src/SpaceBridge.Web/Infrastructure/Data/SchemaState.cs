using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace SpaceBridge.Web.Infrastructure.Data;

/// <summary>Whether the database answers and holds every migration this build knows; <see cref="Problem"/> says what is wrong.</summary>
public sealed record SchemaState(bool IsCurrent, string? Problem)
{
    public const string MigrateHint = "run `dotnet SpaceBridge.Web.dll migrate` with the same Database__* settings";

    /// <summary>
    /// Reads the state without writing and without a failing query: an empty database (no tables) counts every
    /// migration as pending without reading the history table, which PostgreSQL would answer with an error.
    /// </summary>
    public static async Task<SchemaState> ReadAsync(AppDbContext db, CancellationToken ct)
    {
        List<string> pending;
        try
        {
            pending = await db.GetService<IRelationalDatabaseCreator>().HasTablesAsync(ct)
                ? [.. await db.Database.GetPendingMigrationsAsync(ct)]
                : [.. db.Database.GetMigrations()];
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new SchemaState(false, $"The database does not answer: {ex.GetBaseException().Message}");
        }
        return pending.Count == 0
            ? new SchemaState(true, null)
            : new SchemaState(false, $"The database schema is not current ({pending.Count} of {db.Database.GetMigrations().Count()} migrations pending, "
                + $"the latest {pending[^1]}): {MigrateHint}.");
    }
}
