using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Infrastructure.Health;

/// <summary>A node started on a database that was never migrated is alive but not ready, and says why.</summary>
public sealed class ReadinessTests
{
    private static WebApplicationFactory<Program> NotMigrated(SpaceBridgeFactory factory) => factory.WithWebHostBuilder(b =>
    {
        b.UseSetting("Database:AutoMigrate", "false");
        b.UseSetting("Database:SeedDemo", "false");
    });

    [Fact]
    public async Task A_node_on_an_unmigrated_sqlite_database_is_live_but_not_ready_until_migrate_has_run()
    {
        using var factory = new SpaceBridgeFactory();
        await using var node = NotMigrated(factory);
        var client = node.CreateClient();

        await AssertNotReadyAsync(client);

        await using (var scope = node.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SpaceBridge.Web.Infrastructure.Data.AppDbContext>().Database.MigrateAsync();
        }
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_node_on_an_unmigrated_postgres_database_is_live_but_not_ready()
    {
        using var factory = new PostgresSpaceBridgeFactory { SeedDemo = false };
        await using var node = NotMigrated(factory);

        await AssertNotReadyAsync(node.CreateClient());
    }

    private static async Task AssertNotReadyAsync(HttpClient client)
    {
        var live = await client.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);

        var ready = await client.GetAsync("/health/ready");
        var text = await ready.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.StartsWith("Unhealthy: The database schema is not current", text);
        Assert.Contains("run `dotnet SpaceBridge.Web.dll migrate`", text);
        Assert.DoesNotContain('\n', text);
    }
}
