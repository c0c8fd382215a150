using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.DemoData;
using SpaceBridge.Web.Features.Pipeline.FollowUp;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Pipeline;

/// <summary>
/// Two nodes running as deployed (<c>dotnet SpaceBridge.Web.dll</c>, Production) on one PostgreSQL database, one Quartz
/// cluster and one mail pickup folder: a survey due now goes out once, not once per node; a node killed (SIGKILL) in the
/// middle of a bulk mailing leaves the rest to the other node, and every recipient ends up with one mail.
/// </summary>
public sealed partial class TwoNodeFollowUpTests : IDisposable
{
    // Owns (creates and drops) the database; never started.
    private readonly PostgresSpaceBridgeFactory _database = new();
    private readonly DirectoryInfo _pickup = Directory.CreateTempSubdirectory("spacebridge-pickup-");

    public void Dispose()
    {
        _database.Dispose();
        try { _pickup.Delete(recursive: true); } catch (IOException) { }
    }

    private Dictionary<string, string> Environment(int sendDelayMilliseconds = 0) => new()
    {
        ["Database__Provider"] = "Postgres",
        ["Database__ConnectionString"] = _database.ConnectionString,
        ["Email__PickupDirectory"] = _pickup.FullName,
        ["Jobs__CheckinIntervalSeconds"] = "1",
        ["Jobs__CheckinMisfireThresholdSeconds"] = "2",
        ["Jobs__IdleWaitSeconds"] = "1",
        ["Pipeline__ClaimTimeoutSeconds"] = "3",
        ["Pipeline__SendDelayMilliseconds"] = sendDelayMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task An_outcome_survey_due_now_goes_out_once_to_each_participant_of_held_meetings_with_two_nodes_running()
    {
        // The demo forum's first day ended three months ago; six people held meetings there (three pairs).
        var endDate = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-3);
        int eventId;
        List<string> participants;
        await using (var setup = PostgresSpaceBridgeFactory.DataNode(_database.ConnectionString, seedDemo: true))
        {
            eventId = await setup.WithDbAsync(db => db.Events.Where(e => e.Slug == DemoForumSeeder.Day1Slug).Select(e => e.Id).SingleAsync());
            await setup.WithDbAsync(db => db.Events.Where(e => e.Id == eventId)
                .ExecuteUpdateAsync(u => u.SetProperty(e => e.StartDate, endDate).SetProperty(e => e.EndDate, endDate)));
            var held = endDate.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc);
            for (var pair = 0; pair < 3; pair++)
            {
                var us = await setup.MemberAsync(eventId, $"Survey US {pair}", "COMSPOC", email: $"survey-us-{pair}@example.org");
                var kr = await setup.MemberAsync(eventId, $"Survey KR {pair}", "MSIT", email: $"survey-kr-{pair}@example.org");
                await setup.HeldMeetingAsync(eventId, us.Id, kr.Id, held.AddMinutes(30 * pair));
            }
            participants = await setup.WithDbAsync(db => db.MeetingAttendances
                .Where(a => a.ScheduledMeeting.EventId == eventId && a.ScheduledMeeting.IsPublished)
                .Select(a => a.Registration.Email).Distinct().ToListAsync());
        }
        Assert.Equal(6, participants.Count(p => p.StartsWith("survey-", StringComparison.Ordinal)));

        // Both nodes start at once; each start runs the follow-up sweep, so both look for due surveys.
        var starting = new[] { AppNode.StartAsync(Environment()), AppNode.StartAsync(Environment()) };
        await using var nodeA = await starting[0];
        await using var nodeB = await starting[1];

        var batchId = await WaitForAsync(async () => await ScalarAsync<int?>(
            $"""SELECT "Id" FROM "EmailBatches" WHERE "Key" = 'survey:{eventId}:3' AND "CompletedAtUtc" IS NOT NULL"""), TimeSpan.FromSeconds(90), nodeA, nodeB);
        // Let a late second run (the other node's sweep) finish too before counting.
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.Equal(1L, await ScalarAsync<long>("""SELECT count(*) FROM "EmailBatches" WHERE "Kind" = 'OutcomeSurvey'"""));
        var mails = Mails();
        Assert.Equal(participants.Order(StringComparer.OrdinalIgnoreCase), mails.Select(m => m.To).Order(StringComparer.OrdinalIgnoreCase));
        Assert.All(mails, m => Assert.Contains("/surveys/outcome/", m.Text));
        // Each recipient was claimed once, so sent once; and the nodes wrote exactly that many mails between them.
        Assert.Equal(participants.Count, await ScalarAsync<long>($"""SELECT count(*) FROM "EmailBatchRecipients" WHERE "BatchId" = {batchId} AND "Attempts" = 1 AND "State" = 'Sent'"""));
        Assert.Equal(participants.Count, WrittenMails(nodeA) + WrittenMails(nodeB));
    }

    [Fact]
    public async Task A_node_killed_in_the_middle_of_a_batch_leaves_it_to_the_other_node_and_every_recipient_gets_one_mail()
    {
        const int recipients = 40;
        await using (var setup = PostgresSpaceBridgeFactory.DataNode(_database.ConnectionString, seedDemo: true))
        {
            _ = setup.Services;
        }
        // Node B is up before the batch exists; the batch is then written, and node A's start (its follow-up sweep) begins it.
        await using var nodeB = await AppNode.StartAsync(Environment(sendDelayMilliseconds: 250));
        var batchId = await InsertBatchAsync(recipients);
        await using var nodeA = await AppNode.StartAsync(Environment(sendDelayMilliseconds: 250));
        var nodes = new[] { nodeA, nodeB };

        // Kill whichever node is sending, once a few mails are out: no shutdown code runs there.
        await WaitForAsync(async () => await ScalarAsync<long>($"""SELECT count(*) FROM "EmailBatchRecipients" WHERE "BatchId" = {batchId} AND "State" = 'Sent'""") >= 5
            ? true : (bool?)null, TimeSpan.FromSeconds(90), nodeA, nodeB);
        var lastClaim = await ScalarAsync<string>($"""SELECT "ClaimedBy" FROM "EmailBatchRecipients" WHERE "BatchId" = {batchId} AND "ClaimedBy" IS NOT NULL ORDER BY "ClaimedAtUtc" DESC LIMIT 1""");
        var victim = nodes.Single(n => lastClaim.Contains($"-{n.ProcessId}-", StringComparison.Ordinal));
        var survivor = nodes.Single(n => n != victim);
        await victim.KillAsync();
        var sentBeforeKill = await ScalarAsync<long>($"""SELECT count(*) FROM "EmailBatchRecipients" WHERE "BatchId" = {batchId} AND "State" = 'Sent'""");
        Assert.True(sentBeforeKill < recipients, "the batch finished before the node was killed");

        // The survivor recovers the dead node's job (Quartz cluster recovery) and finishes the batch.
        await WaitForAsync(async () => await ScalarAsync<int?>($"""SELECT "Id" FROM "EmailBatches" WHERE "Id" = {batchId} AND "CompletedAtUtc" IS NOT NULL"""),
            TimeSpan.FromSeconds(90), survivor);

        // None lost: every recipient is Sent and has its mail in the pickup folder, one file each.
        var mails = Mails();
        Assert.Equal(Enumerable.Range(1, recipients).Select(Address).Order(StringComparer.Ordinal), mails.Select(m => m.To).Order(StringComparer.Ordinal));
        Assert.Equal(recipients, await ScalarAsync<long>($"""SELECT count(*) FROM "EmailBatchRecipients" WHERE "BatchId" = {batchId} AND "State" = 'Sent'"""));
        // Both nodes sent part of it: the survivor took the batch over.
        Assert.True(await ScalarAsync<long>($"""SELECT count(*) FROM "EmailBatchRecipients" WHERE "BatchId" = {batchId} AND "ClaimedBy" LIKE '%-{survivor.ProcessId}-%'""") > 0,
            survivor.Output);
        Assert.True(await ScalarAsync<long>($"""SELECT count(*) FROM "EmailBatchRecipients" WHERE "BatchId" = {batchId} AND "ClaimedBy" LIKE '%-{victim.ProcessId}-%'""") > 0);
        // None twice, as strongly as a kill allows: only the one recipient the dead node held at the kill (claimed, maybe
        // sent, not yet marked) can be claimed twice, and its second copy carries the same idempotency key (file name,
        // Message-Id), so the pickup folder still holds one mail for it. Everyone else was claimed, so sent, once.
        Assert.True(await ScalarAsync<long>($"""SELECT count(*) FROM "EmailBatchRecipients" WHERE "BatchId" = {batchId} AND "Attempts" > 1""") <= 1);
        Assert.Equal(0L, await ScalarAsync<long>($"""SELECT count(*) FROM "EmailBatchRecipients" WHERE "BatchId" = {batchId} AND "Attempts" > 2"""));
        Assert.True(WrittenMails(survivor) <= recipients - sentBeforeKill + 1, survivor.Output);
    }

    private static string Address(int i) => $"guest{i:00}@example.org";

    private async Task<int> InsertBatchAsync(int recipients)
    {
        await using var setup = PostgresSpaceBridgeFactory.DataNode(_database.ConnectionString);
        return await setup.WithDbAsync(async db =>
        {
            var batch = new EmailBatch
            {
                ForumId = await db.Forums.Where(f => f.Slug == DemoForumSeeder.ForumSlug).Select(f => f.Id).SingleAsync(),
                Key = "test:kill", Kind = EmailBatchKind.Announcement, Subject = "Dinner moved / 만찬 시간 변경", Body = "The dinner starts at 19:00.",
                CreatedAtUtc = DateTime.UtcNow,
                Recipients = Enumerable.Range(1, recipients).Select(i => new EmailBatchRecipient { Email = Address(i), Name = $"Guest {i}" }).ToList(),
            };
            db.EmailBatches.Add(batch);
            await db.SaveChangesAsync();
            return batch.Id;
        });
    }

    private sealed record Mail(string To, string Text);

    /// <summary>The mails in the shared pickup folder (finished files only; a write cut short leaves a hidden temporary file).</summary>
    private List<Mail> Mails() => Directory.GetFiles(_pickup.FullName, "*.eml")
        .Select(f => MimeKit.MimeMessage.Load(f)).Select(m => new Mail(m.To.Mailboxes.Single().Address, m.TextBody ?? "")).ToList();

    /// <summary>How many mails the node's log says it wrote (one line per send, replaced files included).</summary>
    private static int WrittenMails(AppNode node) => WroteMail().Count(node.Output);

    [GeneratedRegex("\"Message\":\"Wrote e-mail ")]
    private static partial Regex WroteMail();

    private static async Task<T> WaitForAsync<T>(Func<Task<T?>> probe, TimeSpan timeout, params AppNode[] nodes) where T : struct
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (await probe() is { } value) return value;
            if (clock.Elapsed > timeout)
            {
                throw new Xunit.Sdk.XunitException($"nothing after {timeout}:\n" + string.Join("\n----\n", nodes.Select(n => n.Output)));
            }
            await Task.Delay(200);
        }
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default! : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }
}
