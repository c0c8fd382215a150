using Microsoft.AspNetCore.Hosting;

namespace SpaceBridge.Web.Tests.Support;

/// <summary>
/// The app on a fresh PostgreSQL database of its own (created here, dropped on dispose), migrated at
/// start-up. The demo forum is loaded as with <c>--seed-demo</c> unless <see cref="SeedDemo"/> is false,
/// in which case the setting is left unset, as on a production start. A second node of the same app is a
/// factory built on another's <see cref="ConnectionString"/>: it neither seeds nor drops that database.
/// </summary>
public class PostgresSpaceBridgeFactory : SpaceBridgeFactory
{
    private readonly bool _ownsDatabase = true;

    public PostgresSpaceBridgeFactory() => ConnectionString = TestPostgresServer.CreateDatabase();

    /// <summary>Another node on the database of an existing factory: no seeding unless asked, and the database is left to its owner.</summary>
    public static PostgresSpaceBridgeFactory SecondNode(string sharedConnectionString, bool seedDemo = false) => new(sharedConnectionString, seedDemo);

    /// <summary>A node that only prepares data for nodes started as processes: it runs no jobs, so it never takes their work.</summary>
    public static PostgresSpaceBridgeFactory DataNode(string sharedConnectionString, bool seedDemo = false) =>
        new(sharedConnectionString, seedDemo) { RunJobs = false };

    // Not public: xUnit class fixtures may have only one public constructor.
    private PostgresSpaceBridgeFactory(string sharedConnectionString, bool seedDemo)
    {
        ConnectionString = sharedConnectionString;
        SeedDemo = seedDemo;
        _ownsDatabase = false;
    }

    public bool SeedDemo { get; init; } = true;

    /// <summary>Whether this node's job engine runs jobs (Jobs:RunJobs).</summary>
    public bool RunJobs { get; init; } = true;

    public string ConnectionString { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Database:Provider", "Postgres");
        builder.UseSetting("Database:ConnectionString", ConnectionString);
        builder.UseSetting("Database:AutoMigrate", "true");
        builder.UseSetting("Database:SeedDemo", SeedDemo ? "true" : null);
        if (!RunJobs)
        {
            builder.UseSetting("Jobs:RunJobs", "false");
        }
    }

    private bool _dropped;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDatabase && !_dropped)
        {
            _dropped = true;
            TestPostgresServer.DropDatabase(ConnectionString);
        }
    }
}
