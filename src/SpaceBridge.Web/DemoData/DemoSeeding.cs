using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.DemoData;

/// <summary>
/// Loads the demo forum (and the matchmaking demo) into a database without forums, once even when several nodes start
/// with <c>--seed-demo</c> at the same moment: on PostgreSQL the nodes take turns on a transaction-scoped advisory
/// lock, so the second finds the forum the first loaded. A unique-key refusal (two SQLite processes on one file) is
/// taken as "another process loaded it". Every outcome is logged.
/// </summary>
public static class DemoSeeding
{
    /// <summary>The advisory lock's key, the same on every node ("SBDEMO" in ASCII).</summary>
    public const long AdvisoryLockKey = 0x5342_4445_4D4F;

    public static async Task SeedAsync(AppDbContext db, bool matchmaking, DateTime nowUtc, ILogger logger, CancellationToken ct = default)
    {
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            if (db.Database.IsNpgsql())
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", ct);
            }
            var forum = await DemoForumSeeder.SeedAsync(db, ct);
            var matchmakingDemo = matchmaking && await MatchmakingDemoSeeder.SeedAsync(db, nowUtc, ct);
            var exhibition = await ExhibitionDemoSeeder.SeedAsync(db, ct);
            if (forum)
            {
                await StatementsNewsDemoSeeder.SeedAsync(db, nowUtc, ct);
                await PipelineDemoSeeder.SeedAsync(db, nowUtc, ct);
            }
            var approvers = await StatementsNewsDemoSeeder.DesignateApproversAsync(db, ct);
            await SupplyChainDemoSeeder.SeedAsync(db, nowUtc, ct);
            await tx.CommitAsync(ct);
            logger.LogInformation(forum ? "Loaded the demo forum" : "Demo forum skipped: the database already holds forums");
            if (approvers > 0)
            {
                logger.LogInformation("Designated {Count} organizer(s) as approvers of the demo's draft statement", approvers);
            }
            if (exhibition)
            {
                logger.LogInformation("Loaded the demo exhibition");
            }
            if (matchmaking)
            {
                logger.LogInformation(matchmakingDemo
                    ? "Loaded the matchmaking demo"
                    : "Matchmaking demo skipped: the demo forum is missing or already has organization profiles");
            }
        }
        catch (Exception ex) when (SerializableTransaction.IsUniqueViolation(ex))
        {
            db.ChangeTracker.Clear();
            logger.LogInformation("Demo forum skipped: another process loaded it at the same moment");
        }
    }
}
