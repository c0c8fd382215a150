using Npgsql;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Tests.Infrastructure.Data;

public class AutoPrepareTests
{
    [Theory]
    [InlineData("Host=db;Database=forum", 64)]
    [InlineData("Host=db;Database=forum;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;Database=forum;MaxAutoPrepare=5", 5)]
    [InlineData("Host=db;Database=forum;max auto prepare=7", 7)]
    public void A_connection_string_without_its_own_setting_prepares_frequent_statements_and_one_with_it_keeps_it(string connectionString, int expected)
    {
        var result = new NpgsqlConnectionStringBuilder(DatabaseSetup.WithAutoPrepare(connectionString));
        Assert.Equal(expected, result.MaxAutoPrepare);
        Assert.Equal("db", result.Host);
        Assert.Equal("forum", result.Database);
    }
}
