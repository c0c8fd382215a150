using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.DemoData;

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
            builder.Services.AddDbContext<AppDbContext, PostgresAppDbContext>(o => o.UseNpgsql(connectionString));
        }
        else
        {
            var connectionString = options.ConnectionString ?? SqliteConnectionString(DataDirectory(builder.Configuration));
            builder.Services.AddDbContext<AppDbContext, SqliteAppDbContext>(o => o.UseSqlite(connectionString));
        }
        return options;
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

    /// <summary>Migrates (where allowed) and seeds the demo forum (where asked) before the app serves requests.</summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app, bool migrateOnly = false)
    {
        var options = app.Services.GetRequiredService<DatabaseOptions>();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("SpaceBridge.Database");

        var embedded = options.Provider == DatabaseProvider.Sqlite;
        if (migrateOnly || (options.AutoMigrate ?? embedded))
        {
            var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
            if (pending.Count > 0)
            {
                logger.LogInformation("Applying {Count} migrations on {Provider}: {Migrations}", pending.Count, options.Provider, pending);
            }
            await db.Database.MigrateAsync();
        }
        if (migrateOnly)
        {
            return;
        }
        if (options.SeedDemo ?? embedded)
        {
            var seeded = await DemoForumSeeder.SeedAsync(db);
            if (seeded)
            {
                logger.LogInformation("Loaded the demo forum");
            }
            var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            if ((options.SeedMatchmakingDemo ?? true) && await MatchmakingDemoSeeder.SeedAsync(db, now))
            {
                logger.LogInformation("Loaded the matchmaking demo");
            }
        }
    }
}
