using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SpaceBridge.Web.DemoData;
using SpaceBridge.Web.Features.Programme.Organizations;

namespace SpaceBridge.Web.Infrastructure.Data;

public enum DatabaseProvider { Sqlite, Postgres }

/// <summary>Database settings: section "Database" (Provider, ConnectionString, SeedDemo, AutoMigrate) and "DataDir".</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
    public string? ConnectionString { get; set; }
    /// <summary>Load the demo forum when the database holds no forum yet.</summary>
    public bool? SeedDemo { get; set; }
    /// <summary>With the demo forum, also load the matchmaking demo (fictional organizations); follows SeedDemo unless set.</summary>
    public bool? SeedMatchmakingDemo { get; set; }
    /// <summary>Apply pending migrations at start-up. On by default for SQLite, off for PostgreSQL (use the migrate command).</summary>
    public bool? AutoMigrate { get; set; }
}

public static class DatabaseSetup
{
    public static DatabaseOptions AddSpaceBridgeDatabase(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        builder.Services.AddSingleton(options);

        if (options.Provider == DatabaseProvider.Postgres)
        {
            var connectionString = options.ConnectionString
                ?? builder.Configuration.GetConnectionString("Postgres")
                ?? throw new InvalidOperationException(
                    "Database:Provider is Postgres but no connection string is set (Database:ConnectionString or ConnectionStrings:Postgres).");
            builder.Services.AddDbContextPool<AppDbContext, PostgresAppDbContext>(o => o.UseNpgsql(WithAutoPrepare(connectionString)));
        }
        else
        {
            var connectionString = options.ConnectionString ?? SqliteConnectionString(DataDirectory(builder.Configuration));
            builder.Services.AddDbContextPool<AppDbContext, SqliteAppDbContext>(o => o.UseSqlite(connectionString));
        }
        return options;
    }

    /// <summary>
    /// Statements a connection runs often are prepared on the server once (Npgsql's automatic preparation), so
    /// PostgreSQL parses and plans the personal agenda's queries once per connection instead of once per request.
    /// A connection string that sets Max Auto Prepare itself (0 turns it off, e.g. behind a pooler in transaction
    /// mode) keeps its value.
    /// </summary>
    public static string WithAutoPrepare(string connectionString)
    {
        // Npgsql's builder answers every keyword it knows as present; the plain builder holds only the given ones.
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (given.Keys.Cast<string>().Any(k => k.Replace(" ", "").Equals("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase)))
        {
            return connectionString;
        }
        return new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 64 }.ConnectionString;
    }

    /// <summary>The folder for the embedded database and other local files: DataDir setting or ./data.</summary>
    public static string DataDirectory(IConfiguration configuration)
    {
        var dir = configuration["DataDir"];
        var path = Path.GetFullPath(string.IsNullOrWhiteSpace(dir) ? Path.Combine(Directory.GetCurrentDirectory(), "data") : dir);
        Directory.CreateDirectory(path);
        return path;
    }

    public static string SqliteConnectionString(string dataDirectory) =>
        $"Data Source={Path.Combine(dataDirectory, "spacebridge.db")};Cache=Shared;Pooling=True";

    /// <summary>
    /// Migrates (where allowed) and seeds the demo forum (where asked) before the app serves requests. A database whose
    /// schema is not current is refused (false, with one logged line saying to run <c>migrate</c>) when the demo forum
    /// is to be loaded or <paramref name="requireCurrentSchema"/> is set; otherwise the node starts and reports not
    /// ready until it is migrated.
    /// </summary>
    public static async Task<bool> InitializeDatabaseAsync(this WebApplication app, bool migrateOnly = false, bool requireCurrentSchema = false)
    {
        var options = app.Services.GetRequiredService<DatabaseOptions>();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("SpaceBridge.Database");

        var embedded = options.Provider == DatabaseProvider.Sqlite;
        if (migrateOnly || (options.AutoMigrate ?? embedded))
        {
            await MigrateAsync(db, options.Provider, logger);
        }
        if (migrateOnly)
        {
            await SyncCountriesAsync(db, logger);
            return true;
        }
        var seed = options.SeedDemo ?? embedded;
        var schema = await SchemaState.ReadAsync(db, CancellationToken.None);
        if (!schema.IsCurrent)
        {
            if (seed || requireCurrentSchema)
            {
                logger.LogCritical("Refusing to start: {Problem}", schema.Problem);
                return false;
            }
            logger.LogWarning("{Problem} Until then /health/ready answers 503.", schema.Problem);
            return true;
        }
        await SyncCountriesAsync(db, logger);
        if (seed)
        {
            var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            await DemoSeeding.SeedAsync(db, options.SeedMatchmakingDemo ?? true, now, logger);
        }
        return true;
    }

    /// <summary>The country list comes from the platform's culture data; a node that starts brings the table in line with it.</summary>
    private static async Task SyncCountriesAsync(AppDbContext db, ILogger logger)
    {
        try
        {
            await CountryList.SyncAsync(db);
        }
        catch (Exception ex) when (SerializableTransaction.IsUniqueViolation(ex) || ex is DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            logger.LogInformation("Country list: another node updated it at the same moment");
        }
    }

    private static async Task MigrateAsync(AppDbContext db, DatabaseProvider provider, ILogger logger)
    {
        // EF Core learns what is applied by reading the history table; on a fresh PostgreSQL database that read fails
        // and is logged as an error although nothing is wrong. Creating the (empty) table first avoids the failing read.
        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync();
        var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} migrations on {Provider}: {Migrations}", pending.Count, provider, string.Join(", ", pending));
        }
        await db.Database.MigrateAsync();
    }
}
