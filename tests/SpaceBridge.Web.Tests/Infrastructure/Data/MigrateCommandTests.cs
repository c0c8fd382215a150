using Npgsql;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Infrastructure.Data;

/// <summary>Runs the built app as a deployment would: <c>dotnet SpaceBridge.Web.dll migrate</c> with Database__* settings.</summary>
public class MigrateCommandTests
{
    [Fact]
    public async Task The_migrate_command_creates_the_schema_on_an_empty_postgres_database_and_exits()
    {
        var connectionString = TestPostgresServer.CreateDatabase();
        try
        {
            var (exitCode, output) = await AppProcess.RunAsync(["migrate"], new()
            {
                ["Database__Provider"] = "Postgres",
                ["Database__ConnectionString"] = connectionString,
            });

            Assert.True(exitCode == 0, $"migrate exited with {exitCode}:\n{output}");
            // EF Core's look at the history table of a fresh database must not show up as a failed command.
            Assert.DoesNotContain("Failed executing DbCommand", output);
            Assert.DoesNotContain("\"LogLevel\":\"Error\"", output);
            var tables = await QueryAsync(connectionString,
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'");
            Assert.Contains("__EFMigrationsHistory", tables);
            Assert.Contains("Forums", tables);
            Assert.Contains("Events", tables);
            Assert.Contains("Sessions", tables);
            // The job engine's tables come from the same migrations (JobStore).
            Assert.Contains("qrtz_job_details", tables);
            Assert.Contains("qrtz_triggers", tables);
            Assert.Contains("qrtz_scheduler_state", tables);
            Assert.NotEmpty(await QueryAsync(connectionString, "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\""));
            // migrate only migrates: the demo forum is loaded only when asked for.
            Assert.Empty(await QueryAsync(connectionString, "SELECT \"Slug\" FROM \"Forums\""));
        }
        finally
        {
            TestPostgresServer.DropDatabase(connectionString);
        }
    }

    [Fact]
    public async Task A_node_started_with_seed_demo_before_migrate_refuses_with_one_line_saying_to_run_migrate()
    {
        var connectionString = TestPostgresServer.CreateDatabase();
        try
        {
            var (exitCode, output) = await AppProcess.RunAsync(["--seed-demo", "--urls", "http://127.0.0.1:0"], new()
            {
                ["Database__Provider"] = "Postgres",
                ["Database__ConnectionString"] = connectionString,
            });

            Assert.True(exitCode == 1, $"expected exit code 1, got {exitCode}:\n{output}");
            var refusal = Assert.Single(output.Split('\n'), line => line.Contains("Refusing to start"));
            Assert.Contains("dotnet SpaceBridge.Web.dll migrate", refusal.Replace("\\u0060", "`"));
            Assert.DoesNotContain("does not exist", output);
            Assert.DoesNotContain("Unhandled exception", output);
            Assert.Empty(await QueryAsync(connectionString,
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"));
        }
        finally
        {
            TestPostgresServer.DropDatabase(connectionString);
        }
    }

    private static async Task<List<string>> QueryAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }
        return values;
    }
}
