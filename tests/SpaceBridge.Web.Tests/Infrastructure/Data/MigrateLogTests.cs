using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Infrastructure.Data;

/// <summary>
/// What <c>migrate</c> logs on a fresh database: EF Core's look at the history table must not show up as a failed
/// command at Error level (an operator reads those as a failed deployment). The same start-up code as the verb runs,
/// on a host with only the database set up and every log entry captured.
/// </summary>
public sealed class MigrateLogTests
{
    private static async Task<IReadOnlyList<(string Category, LogLevel Level, string Message)>> MigrateAsync(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        foreach (var (key, value) in settings)
        {
            builder.Configuration[key] = value;
        }
        var logs = new LogCapture();
        builder.Logging.ClearProviders().AddProvider(logs);
        builder.AddSpaceBridgeDatabase();
        await using var app = builder.Build();

        Assert.True(await app.InitializeDatabaseAsync(migrateOnly: true));
        return logs.Entries;
    }

    [Fact]
    public async Task Migrating_a_fresh_postgres_database_logs_no_error()
    {
        var connectionString = TestPostgresServer.CreateDatabase();
        try
        {
            var entries = await MigrateAsync(new()
            {
                ["Database:Provider"] = "Postgres",
                ["Database:ConnectionString"] = connectionString,
            });

            Assert.Contains(entries, e => e.Category == "SpaceBridge.Database" && e.Message.StartsWith("Applying "));
            Assert.DoesNotContain(entries, e => e.Level >= LogLevel.Error);
            Assert.DoesNotContain(entries, e => e.Message.Contains("Failed executing DbCommand"));
        }
        finally
        {
            TestPostgresServer.DropDatabase(connectionString);
        }
    }

    [Fact]
    public async Task Migrating_a_fresh_sqlite_database_logs_no_error()
    {
        var dataDir = Directory.CreateTempSubdirectory("spacebridge-migrate-");
        try
        {
            var entries = await MigrateAsync(new() { ["DataDir"] = dataDir.FullName });

            Assert.Contains(entries, e => e.Category == "SpaceBridge.Database" && e.Message.StartsWith("Applying "));
            Assert.DoesNotContain(entries, e => e.Level >= LogLevel.Error);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            dataDir.Delete(recursive: true);
        }
    }
}
