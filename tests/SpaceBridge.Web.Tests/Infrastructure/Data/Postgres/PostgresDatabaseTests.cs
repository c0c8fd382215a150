using System.Net;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.DemoData;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Infrastructure.Data.Postgres;

public class PostgresDatabaseTests(PostgresSpaceBridgeFactory factory) : IClassFixture<PostgresSpaceBridgeFactory>
{
    [Fact]
    public async Task Every_migration_of_the_postgres_set_is_applied_at_start_up()
    {
        var (provider, applied, pending, all) = await factory.WithDbAsync(async db => (
            db.Database.ProviderName,
            (await db.Database.GetAppliedMigrationsAsync()).ToList(),
            (await db.Database.GetPendingMigrationsAsync()).ToList(),
            db.Database.GetMigrations().ToList()));

        Assert.Equal("Npgsql.EntityFrameworkCore.PostgreSQL", provider);
        Assert.NotEmpty(all);
        Assert.Equal(all, applied);
        Assert.Empty(pending);
    }

    [Fact]
    public async Task Health_ready_reports_healthy_on_postgres()
    {
        var response = await factory.CreateClient().GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_demo_forum_is_loaded_when_seeding_is_asked_for()
    {
        var forum = await factory.WithDbAsync(db => db.Forums
            .Include(f => f.Events).ThenInclude(e => e.Sessions)
            .AsSplitQuery()
            .SingleAsync(f => f.Slug == DemoForumSeeder.ForumSlug));

        Assert.Equal("Korea Space Forum 2023", forum.Name.En);
        Assert.Equal(
            [DemoForumSeeder.Day1Slug, DemoForumSeeder.Day2Slug],
            forum.Events.OrderBy(e => e.StartDate).Select(e => e.Slug));
        Assert.Equal(11, forum.Events.Single(e => e.Slug == DemoForumSeeder.Day1Slug).Sessions.Count);
        Assert.Equal(5, forum.Events.Single(e => e.Slug == DemoForumSeeder.Day2Slug).Sessions.Count);
    }

    [Fact]
    public async Task Instants_are_stored_as_timestamptz_and_read_back_as_utc()
    {
        var columnType = await factory.WithDbAsync(db => db.Database
            .SqlQuery<string>($"""
                SELECT data_type AS "Value" FROM information_schema.columns
                WHERE table_name = 'Sessions' AND column_name = 'StartsAtUtc'
                """)
            .SingleAsync());
        Assert.Equal("timestamp with time zone", columnType);

        var session = await factory.WithDbAsync(db => db.Sessions.OrderBy(s => s.StartsAtUtc).FirstAsync());
        Assert.Equal(DateTimeKind.Utc, session.StartsAtUtc.Kind);
        Assert.Equal(DateTimeKind.Utc, session.EndsAtUtc.Kind);
        Assert.True(session.EndsAtUtc > session.StartsAtUtc);
    }
}
