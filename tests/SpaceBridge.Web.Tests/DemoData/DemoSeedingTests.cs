using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SpaceBridge.Web.DemoData;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.DemoData;

/// <summary>Nodes started with <c>--seed-demo</c> at the same moment on one empty PostgreSQL database.</summary>
public sealed class DemoSeedingTests
{
    [Fact]
    public async Task Two_nodes_seeding_an_empty_postgres_database_at_once_load_one_demo_forum_and_both_start()
    {
        using var owner = new PostgresSpaceBridgeFactory { SeedDemo = false };
        _ = owner.Services; // creates and migrates the empty database
        var logs = new LogCapture();
        using var a = PostgresSpaceBridgeFactory.SecondNode(owner.ConnectionString, seedDemo: true);
        using var b = PostgresSpaceBridgeFactory.SecondNode(owner.ConnectionString, seedDemo: true);
        await using var nodeA = WithLogs(a, logs);
        await using var nodeB = WithLogs(b, logs);

        await Task.WhenAll(Task.Run(() => nodeA.Services), Task.Run(() => nodeB.Services));

        Assert.Equal([DemoForumSeeder.ForumSlug], await owner.WithDbAsync(db => db.Forums.Select(f => f.Slug).ToListAsync()));
        Assert.Equal(2, await owner.WithDbAsync(db => db.Events.CountAsync()));
        var said = logs.MessagesOf("SpaceBridge.Database").ToList();
        Assert.Single(said, m => m == "Loaded the demo forum");
        Assert.Single(said, m => m == "Demo forum skipped: the database already holds forums");
        Assert.Equal(System.Net.HttpStatusCode.OK, (await nodeB.CreateClient().GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task Four_seedings_racing_on_one_postgres_database_leave_exactly_one_demo_forum()
    {
        using var owner = new PostgresSpaceBridgeFactory { SeedDemo = false };
        _ = owner.Services;
        var now = DateTime.UtcNow;

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            await using var scope = owner.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await DemoSeeding.SeedAsync(db, matchmaking: true, now, NullLogger.Instance);
        })));

        Assert.Equal(1, await owner.WithDbAsync(db => db.Forums.CountAsync()));
        Assert.Equal(40, await owner.WithDbAsync(db => db.OrganizationProfiles.CountAsync()));
    }

    private static WebApplicationFactory<Program> WithLogs(PostgresSpaceBridgeFactory node, LogCapture logs) =>
        node.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));
}
