using System.Diagnostics;
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
            var (exitCode, output) = await RunAppAsync(["migrate"], new()
            {
                ["Database__Provider"] = "Postgres",
                ["Database__ConnectionString"] = connectionString,
            });

            Assert.True(exitCode == 0, $"migrate exited with {exitCode}:\n{output}");
            var tables = await QueryAsync(connectionString,
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'");
            Assert.Contains("__EFMigrationsHistory", tables);
            Assert.Contains("Forums", tables);
            Assert.Contains("Events", tables);
            Assert.Contains("Sessions", tables);
            Assert.NotEmpty(await QueryAsync(connectionString, "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\""));
            // migrate only migrates: the demo forum is loaded only when asked for.
            Assert.Empty(await QueryAsync(connectionString, "SELECT \"Slug\" FROM \"Forums\""));
        }
        finally
        {
            TestPostgresServer.DropDatabase(connectionString);
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAppAsync(string[] args, Dictionary<string, string> environment)
    {
        var appDll = typeof(Program).Assembly.Location;
        var workDir = Directory.CreateTempSubdirectory("spacebridge-migrate-");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workDir.FullName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(appDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"migrate did not finish in 2 minutes:\n{await stdout}\n{await stderr}");
        }
        finally
        {
            workDir.Delete(recursive: true);
        }
        return (process.ExitCode, await stdout + await stderr);
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
