using Microsoft.AspNetCore.Hosting;

namespace SpaceBridge.Web.Tests.Infrastructure;

/// <summary>
/// The app on a fresh PostgreSQL database of its own (created here, dropped on dispose), migrated at
/// start-up. The demo forum is loaded as with <c>--seed-demo</c> unless <see cref="SeedDemo"/> is false,
/// in which case the setting is left unset, as on a production start.
/// </summary>
public class PostgresSpaceBridgeFactory : SpaceBridgeFactory
{
    public bool SeedDemo { get; init; } = true;

    public string ConnectionString { get; } = TestPostgresServer.CreateDatabase();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Database:Provider", "Postgres");
        builder.UseSetting("Database:ConnectionString", ConnectionString);
        builder.UseSetting("Database:AutoMigrate", "true");
        builder.UseSetting("Database:SeedDemo", SeedDemo ? "true" : null);
    }

    private bool _dropped;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && !_dropped)
        {
            _dropped = true;
            TestPostgresServer.DropDatabase(ConnectionString);
        }
    }
}
