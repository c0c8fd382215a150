using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Npgsql;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Matchmaking.Scheduling;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Matchmaking.Scheduling;

/// <summary>
/// A rolling restart: the node running a schedule run is stopped (SIGTERM, i.e. the host's StopAsync) in the middle
/// of the run. It hands the run back to the queue at once, and the next node runs it to the end.
/// </summary>
public sealed class GracefulStopTests : IDisposable
{
    // Owns (creates and drops) the database; never started, so its worker does not compete for runs.
    private readonly PostgresSpaceBridgeFactory _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task A_node_stopped_during_a_run_leaves_no_run_running_and_the_next_node_runs_it_to_the_end()
    {
        var nodeA = PostgresSpaceBridgeFactory.SecondNode(_database.ConnectionString, seedDemo: true);
        var eventId = await nodeA.Day1EventIdAsync();
        await nodeA.ConfigureAsync(eventId, slots: 8, tables: 6);
        var people = await nodeA.AddApprovedRegistrationsAsync(eventId, 40, "Stop");
        await nodeA.AddRequestsAsync(eventId, MatchmakingData.AllPairs(people, 40));
        var organizer = await nodeA.SignInAsync(await nodeA.CreateUserAsync(new TestForumRole(ForumRole.Organizer)));
        var queued = await organizer.PostAsJsonAsync($"/api/v1/events/{eventId}/schedule-runs", new { kind = "Full", timeLimitSeconds = 20 });
        Assert.Equal(HttpStatusCode.Accepted, queued.StatusCode);
        var runId = (await queued.Content.ReadFromJsonAsync<ScheduleRunDto>(MatchmakingData.Json))!.Id;
        await WaitForAsync(runId, ScheduleRunStatus.Running, TimeSpan.FromSeconds(30));

        var stopping = Stopwatch.StartNew();
        await nodeA.DisposeAsync(); // the host's StopAsync, as on SIGTERM
        stopping.Stop();

        var run = await ReadRunAsync(runId);
        Assert.Equal(nameof(ScheduleRunStatus.Queued), run.Status);
        Assert.Null(run.ClaimedBy);
        Assert.Null(run.StartedAtUtc);
        Assert.False(run.HasResult);
        Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(15), $"stopping took {stopping.Elapsed}");
        Assert.Equal(0, await ScalarAsync("""SELECT count(*) FROM "ScheduleRuns" WHERE "Status" = 'Running'"""));

        using var nodeB = PostgresSpaceBridgeFactory.SecondNode(_database.ConnectionString);
        _ = nodeB.Services; // its worker finds the queued run
        await WaitForAsync(runId, ScheduleRunStatus.Succeeded, TimeSpan.FromSeconds(90));
        var finished = await ReadRunAsync(runId);
        Assert.True(finished.HasResult);
        Assert.StartsWith(ScheduleRunWorker.NodeName + "/", finished.ClaimedBy);
    }

    private sealed record RunRow(string Status, string? ClaimedBy, DateTime? StartedAtUtc, bool HasResult);

    private async Task<RunRow> ReadRunAsync(int runId)
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """SELECT "Status", "ClaimedBy", "StartedAtUtc", "ResultJson" IS NOT NULL FROM "ScheduleRuns" WHERE "Id" = @id""", connection);
        command.Parameters.AddWithValue("id", runId);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return new RunRow(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1),
            reader.IsDBNull(2) ? null : reader.GetDateTime(2), reader.GetBoolean(3));
    }

    private async Task WaitForAsync(int runId, ScheduleRunStatus status, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        string last = "";
        while (deadline.Elapsed < timeout)
        {
            last = (await ReadRunAsync(runId)).Status;
            if (last == status.ToString())
            {
                return;
            }
            await Task.Delay(25);
        }
        throw new Xunit.Sdk.XunitException($"run {runId} did not become {status} in {timeout}; it is {last}");
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}
