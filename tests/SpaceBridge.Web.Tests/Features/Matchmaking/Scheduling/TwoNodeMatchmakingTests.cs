using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Matchmaking.Feedback;
using SpaceBridge.Web.Features.Matchmaking.Requests;
using SpaceBridge.Web.Features.Matchmaking.Scheduling;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Matchmaking.Scheduling;

/// <summary>
/// Two app nodes on ONE PostgreSQL database: delegates accept requests through both nodes while an organizer runs
/// and publishes a schedule on each; the database's unique indexes keep everyone in at most one meeting per slot.
/// </summary>
public sealed class TwoNodeMatchmakingTests : IDisposable
{
    private readonly PostgresSpaceBridgeFactory _nodeA = new();
    private readonly PostgresSpaceBridgeFactory _nodeB;

    public TwoNodeMatchmakingTests()
    {
        _ = _nodeA.Services; // node A migrates and seeds the database before node B starts on it
        _nodeB = PostgresSpaceBridgeFactory.SecondNode(_nodeA.ConnectionString);
        _ = _nodeB.Services;
    }

    public void Dispose()
    {
        _nodeB.Dispose();
        _nodeA.Dispose();
    }

    private sealed record Delegate(int RegistrationId, HttpClient OnA, HttpClient OnB);

    [Fact]
    public async Task Accepting_running_and_publishing_on_two_nodes_at_once_never_double_books_and_never_fails_with_500()
    {
        var eventId = await _nodeA.Day1EventIdAsync();
        await _nodeA.ConfigureAsync(eventId, slots: 6, tables: 3);
        var korea = new List<Delegate>();
        var usa = new List<Delegate>();
        for (var i = 0; i < 6; i++)
        {
            korea.Add(await DelegateAsync(eventId, $"Korea {i}", "KR"));
            usa.Add(await DelegateAsync(eventId, $"America {i}", "US"));
        }
        await _nodeA.AddRequestsAsync(eventId, korea.Select((k, i) => (k.RegistrationId, usa[i].RegistrationId)));
        var pendingPairs = Enumerable.Range(0, 6).SelectMany(i => new[] { (From: korea[i], To: usa[(i + 1) % 6]), (From: usa[i], To: korea[(i + 2) % 6]) }).ToList();
        var pendingIds = await _nodeA.AddRequestsAsync(eventId, pendingPairs.Select(p => (p.From.RegistrationId, p.To.RegistrationId)), MeetingRequestStatus.Pending);
        var pending = pendingIds.Zip(pendingPairs, (id, pair) => (Id: id, Recipient: pair.To)).ToList();
        var organizer = await _nodeA.CreateUserAsync(new TestForumRole(ForumRole.Organizer));
        var organizerOnA = await _nodeA.SignInAsync(organizer);
        var organizerOnB = await _nodeB.SignInAsync(organizer);

        // Each recipient accepts the same request through both nodes at once: one answer wins, the other is a 409.
        async Task<HttpStatusCode[][]> AcceptAsync(IEnumerable<(int Id, Delegate Recipient)> requests) =>
            await Task.WhenAll(requests.Select(r => Task.WhenAll(
                StatusAsync(r.Recipient.OnA.PostAsync($"/api/v1/meeting-requests/{r.Id}/accept", null)),
                StatusAsync(r.Recipient.OnB.PostAsync($"/api/v1/meeting-requests/{r.Id}/accept", null)))));

        var duringRuns = AcceptAsync(pending.Take(6));
        var runs = await Task.WhenAll(organizerOnA.RunToEndAsync(eventId), organizerOnB.RunToEndAsync(eventId));
        Assert.All(runs, r => Assert.Equal(ScheduleRunStatus.Succeeded, r.Status));
        var duringPublish = AcceptAsync(pending.Skip(6));
        var publishes = await Task.WhenAll(
            StatusAsync(organizerOnA.PostAsync($"/api/v1/events/{eventId}/schedule-runs/{runs[0].Id}/publish", null)),
            StatusAsync(organizerOnB.PostAsync($"/api/v1/events/{eventId}/schedule-runs/{runs[1].Id}/publish", null)));
        var accepts = (await duringRuns).Concat(await duringPublish).ToList();

        Assert.All(publishes, s => Assert.True(s is HttpStatusCode.OK or HttpStatusCode.Conflict, $"a publish answered {(int)s}"));
        Assert.Contains(HttpStatusCode.OK, publishes);
        Assert.All(accepts, pair => Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], pair.Order()));
        Assert.Equal(pending.Count, await _nodeB.WithDbAsync(db => db.MeetingRequests.CountAsync(r => pendingIds.Contains(r.Id) && r.Status == MeetingRequestStatus.Accepted)));

        Assert.Equal(0, await ScalarAsync("""SELECT count(*) FROM (SELECT 1 FROM "MeetingAttendances" GROUP BY "RegistrationId", "SlotId" HAVING count(*) > 1) d"""));
        Assert.Equal(0, await ScalarAsync("""SELECT count(*) FROM (SELECT 1 FROM "ScheduledMeetings" GROUP BY "SlotId", "LocationId" HAVING count(*) > 1) d"""));
        Assert.Equal(1, await ScalarAsync($"""SELECT count(*) FROM "ScheduleRuns" WHERE "EventId" = {eventId} AND "Status" = '{nameof(ScheduleRunStatus.Published)}'"""));
        var published = await ScalarAsync($"""SELECT count(*) FROM "ScheduledMeetings" WHERE "EventId" = {eventId} AND "IsPublished" """);
        Assert.True(published >= 6, $"only {published} meetings published");
        Assert.Equal(2 * published, await ScalarAsync("""SELECT count(*) FROM "MeetingAttendances" """));
    }

    [Fact]
    public async Task The_database_refuses_a_second_meeting_at_a_table_and_a_second_meeting_for_a_person_in_one_slot()
    {
        var eventId = await _nodeA.Day1EventIdAsync();
        await _nodeA.ConfigureAsync(eventId, slots: 2, tables: 2);
        var people = await _nodeA.AddApprovedRegistrationsAsync(eventId, 6, "Direct");
        var requests = await _nodeA.AddRequestsAsync(eventId, [(people[0], people[1]), (people[2], people[3]), (people[0], people[4]), (people[4], people[5])]);
        var (slot, tables) = await _nodeA.WithDbAsync(async db => (
            await db.MeetingSlots.Where(s => s.EventId == eventId).OrderBy(s => s.Index).Select(s => s.Id).FirstAsync(),
            await db.MeetingLocations.Where(l => l.EventId == eventId).OrderBy(l => l.Id).Select(l => l.Id).ToListAsync()));
        await InsertAsync(_nodeA, Meeting(eventId, requests[0], slot, tables[0], people[0], people[1]));

        // Node B: another meeting at the same table in the same slot.
        var sameTable = await Assert.ThrowsAsync<DbUpdateException>(() => InsertAsync(_nodeB, Meeting(eventId, requests[1], slot, tables[0], people[2], people[3])));
        Assert.Equal(PostgresErrorCodes.UniqueViolation, Assert.IsType<PostgresException>(sameTable.InnerException).SqlState);

        // Node B: a free table, but people[0] already meets someone in that slot.
        var samePerson = await Assert.ThrowsAsync<DbUpdateException>(() => InsertAsync(_nodeB, Meeting(eventId, requests[2], slot, tables[1], people[0], people[4])));
        var refusal = Assert.IsType<PostgresException>(samePerson.InnerException);
        Assert.Equal(PostgresErrorCodes.UniqueViolation, refusal.SqlState);
        Assert.Contains("MeetingAttendances", refusal.TableName);

        Assert.Equal(1, await ScalarAsync($"""SELECT count(*) FROM "ScheduledMeetings" WHERE "EventId" = {eventId}"""));
        Assert.Equal(2, await ScalarAsync("""SELECT count(*) FROM "MeetingAttendances" """));
        // The same table in that slot is still free for a meeting of other people.
        await InsertAsync(_nodeB, Meeting(eventId, requests[3], slot, tables[1], people[4], people[5]));
    }

    private static ScheduledMeeting Meeting(int eventId, int requestId, int slotId, int locationId, int a, int b) => new()
    {
        EventId = eventId, MeetingRequestId = requestId, SlotId = slotId, LocationId = locationId, IsPublished = true,
        Attendees = [new MeetingAttendance { RegistrationId = a, SlotId = slotId }, new MeetingAttendance { RegistrationId = b, SlotId = slotId }],
    };

    private static async Task InsertAsync(SpaceBridgeFactory node, ScheduledMeeting meeting)
    {
        await using var scope = node.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.ScheduledMeetings.Add(meeting);
        await db.SaveChangesAsync();
    }

    private async Task<Delegate> DelegateAsync(int eventId, string name, string country)
    {
        var user = await _nodeA.CreateUserAsync();
        var id = await _nodeA.WithDbAsync(async db =>
        {
            var registration = new Registration
            {
                EventId = eventId, UserId = user.Id, SubmittedByUserId = user.Id, Email = user.Email, RomanizedName = name,
                OrganizationName = $"{name} Space Co.", CountryCode = country, ParticipantType = ParticipantType.Delegate,
                ConsentToProcessing = true, Status = RegistrationStatus.Approved, BadgeToken = BadgeTokens.New(),
            };
            db.Registrations.Add(registration);
            await db.SaveChangesAsync();
            return registration.Id;
        });
        return new Delegate(id, await _nodeA.SignInAsync(user), await _nodeB.SignInAsync(user));
    }

    private static async Task<HttpStatusCode> StatusAsync(Task<HttpResponseMessage> call)
    {
        using var response = await call;
        return response.StatusCode;
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_nodeA.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}
