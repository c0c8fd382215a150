using Npgsql;

namespace SpaceBridge.Web.Tests.Support;

/// <summary>
/// The PostgreSQL server of the full test run. <c>./build.sh test</c> starts a throwaway cluster and
/// passes its connection string in SPACEBRIDGE_TEST_POSTGRES; without it PostgreSQL tests fail on purpose.
/// </summary>
public static class TestPostgresServer
{
    public const string EnvironmentVariable = "SPACEBRIDGE_TEST_POSTGRES";

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{EnvironmentVariable} is not set, so the PostgreSQL tests have no server. "
                + "Run them with ./build.sh test, which starts a throwaway PostgreSQL cluster and sets it.");

    /// <summary>Creates an empty database with a unique name and returns its connection string.</summary>
    public static string CreateDatabase()
    {
        var name = $"sb_test_{Guid.NewGuid():N}";
        Execute($"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0");
        return new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name }.ConnectionString;
    }

    public static void DropDatabase(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        Execute($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private static void Execute(string sql)
    {
        var admin = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = "postgres", Pooling = false };
        using var connection = new NpgsqlConnection(admin.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
