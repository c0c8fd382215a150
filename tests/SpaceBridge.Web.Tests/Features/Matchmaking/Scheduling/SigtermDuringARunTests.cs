using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Npgsql;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Matchmaking.Scheduling;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Matchmaking.Scheduling;

/// <summary>
/// A node running as deployed (<c>dotnet SpaceBridge.Web.dll</c>, Production, PostgreSQL) receives SIGTERM, as systemd
/// sends in a rolling restart, while it runs a schedule run with a long time limit: it hands the run back to the queue
/// and exits, so no run is left Running for its time limit plus the orphan grace.
/// </summary>
public sealed class SigtermDuringARunTests : IDisposable
{
    // Owns (creates and drops) the database; never started.
    private readonly PostgresSpaceBridgeFactory _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Sigterm_during_a_run_hands_it_back_and_leaves_no_run_running()
    {
        // The data: the demo forum, a matchmaking block that the solver cannot finish early, an organizer.
        int eventId;
        TestUser organizer;
        await using (var setup = PostgresSpaceBridgeFactory.SecondNode(_database.ConnectionString, seedDemo: true))
        {
            eventId = await setup.Day1EventIdAsync();
            await setup.ConfigureAsync(eventId, slots: 8, tables: 6);
            var people = await setup.AddApprovedRegistrationsAsync(eventId, 60, "Term");
            await setup.AddRequestsAsync(eventId, MatchmakingData.AllPairs(people, 60));
            organizer = await setup.CreateUserAsync(new TestForumRole(ForumRole.Organizer));
        }

        await using var node = await AppNode.StartAsync(new()
        {
            ["Database__Provider"] = "Postgres",
            ["Database__ConnectionString"] = _database.ConnectionString,
            ["Matchmaking__RunPollSeconds"] = "1",
        });
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{node.Port}") };
        var token = await http.PostAsJsonAsync("/api/v1/auth/token", new { email = organizer.Email, password = organizer.Password });
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        var accessToken = (await token.Content.ReadFromJsonAsync<TestAccounts.TokenResponse>(MatchmakingData.Json))!.AccessToken;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);

        var queued = await http.PostAsJsonAsync($"/api/v1/events/{eventId}/schedule-runs", new { kind = "Full", timeLimitSeconds = 300 });
        Assert.Equal(HttpStatusCode.Accepted, queued.StatusCode);
        var runId = (await queued.Content.ReadFromJsonAsync<ScheduleRunDto>(MatchmakingData.Json))!.Id;
        var claimed = await WaitForStatusAsync(runId, nameof(ScheduleRunStatus.Running), TimeSpan.FromSeconds(30));
        Assert.StartsWith($"{Environment.MachineName}/{node.ProcessId}/", claimed.ClaimedBy);

        var stopping = Stopwatch.StartNew();
        await node.StopAsync();
        stopping.Stop();

        Assert.True(node.HasExited, node.Output);
        Assert.True(node.ExitCode == 0, $"the node exited with {node.ExitCode}:\n{node.Output}");
        Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(30), $"stopping took {stopping.Elapsed}:\n{node.Output}");
        var run = await ReadRunAsync(runId);
        Assert.Equal(nameof(ScheduleRunStatus.Queued), run.Status);
        Assert.Null(run.ClaimedBy);
        Assert.False(run.HasResult);
        Assert.Equal(0L, await ScalarAsync("""SELECT count(*) FROM "ScheduleRuns" WHERE "Status" = 'Running'"""));
        Assert.Contains($"Schedule run {runId} handed back to the queue", node.Output);
        Assert.DoesNotContain("\"LogLevel\":\"Error\"", node.Output);
        Assert.DoesNotContain("\"LogLevel\":\"Critical\"", node.Output);
    }

    private sealed record RunRow(string Status, string? ClaimedBy, bool HasResult);

    private async Task<RunRow> ReadRunAsync(int runId)
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """SELECT "Status", "ClaimedBy", "ResultJson" IS NOT NULL FROM "ScheduleRuns" WHERE "Id" = @id""", connection);
        command.Parameters.AddWithValue("id", runId);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return new RunRow(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetBoolean(2));
    }

    private async Task<RunRow> WaitForStatusAsync(int runId, string status, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        var last = await ReadRunAsync(runId);
        while (last.Status != status)
        {
            if (deadline.Elapsed > timeout)
            {
                throw new Xunit.Sdk.XunitException($"run {runId} did not become {status} in {timeout}; it is {last.Status}");
            }
            await Task.Delay(50);
            last = await ReadRunAsync(runId);
        }
        return last;
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}
