using Quartz;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Infrastructure.Jobs;

/// <summary>
/// Quartz.NET on a persistent ADO.NET job store in the app's own database, so a scheduled job survives a restart:
/// clustered on PostgreSQL (several nodes on one database, each job fired on one of them, a dead node's jobs recovered
/// by another), and on the embedded SQLite file for the single node it serves.
/// The QRTZ_ tables come from the JobStore migration of each migration set (decision 012).
/// </summary>
public static class JobEngineSetup
{
    /// <summary>Registers the engine once, with every recurring job the app has (<paramref name="jobs"/>).</summary>
    public static void AddSpaceBridgeJobs(this WebApplicationBuilder builder, Action<IQuartzBuilder> jobs)
    {
        var options = builder.Configuration.GetSection("Jobs").Get<JobEngineOptions>() ?? new JobEngineOptions();
        var database = builder.Configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        builder.Services.AddSingleton(options);
        var connectionString = database.Provider == DatabaseProvider.Postgres
            ? database.ConnectionString ?? builder.Configuration.GetConnectionString("Postgres") ?? ""
            : JobStoreSqlite(database.ConnectionString ?? DatabaseSetup.SqliteConnectionString(DatabaseSetup.DataDirectory(builder.Configuration)));

        builder.Services.AddQuartz(q =>
        {
            q.ConfigureScheduler(s =>
            {
                s.InstanceName = options.SchedulerName;
                // Unique per node: the cluster tells its members apart by it, and an operator sees which node ran what.
                s.InstanceId = NodeId;
                s.IdleWaitTime = TimeSpan.FromSeconds(Math.Max(1, options.IdleWaitSeconds));
            });
            q.UseDefaultThreadPool(Math.Max(1, options.MaxConcurrentJobs));
            q.UsePersistentStore(store =>
            {
                store.UseSystemTextJsonSerializer();
                if (database.Provider == DatabaseProvider.Postgres)
                {
                    store.UsePostgres(connectionString);
                    store.UseClustering(c =>
                    {
                        c.CheckinInterval = TimeSpan.FromSeconds(options.CheckinIntervalSeconds);
                        c.CheckinMisfireThreshold = TimeSpan.FromSeconds(options.CheckinMisfireThresholdSeconds);
                    });
                }
                else
                {
                    // Quartz.NET refuses to cluster on SQLite (its file locks cannot arbitrate between processes), and the
                    // embedded database serves one node anyway: the store is persistent, not clustered.
                    store.UseSqlite(connectionString);
                }
            });
            jobs(q);
        });
        builder.Services.AddHostedService<JobEngineHost>();
    }

    /// <summary>
    /// The job store's own connection to the embedded database: not in shared-cache mode (whose table locks would
    /// refuse the store's statements while EF Core holds the file) and with a busy timeout, so it waits for a writer.
    /// </summary>
    /// <summary>This node's instance id in the cluster: host, process and a random part, unique even across restarts.</summary>
    public static readonly string NodeId = $"{Truncate(Environment.MachineName, 60)}-{Environment.ProcessId}-{Guid.NewGuid():N}";

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];

    private static string JobStoreSqlite(string connectionString)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString)
        {
            Cache = Microsoft.Data.Sqlite.SqliteCacheMode.Default,
            DefaultTimeout = 30,
        };
        return builder.ConnectionString;
    }
}
