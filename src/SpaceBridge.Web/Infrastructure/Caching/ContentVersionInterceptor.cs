using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SpaceBridge.Web.Features.Exhibition;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Features.Programme.Sessions;
using SpaceBridge.Web.Features.Statements;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Infrastructure.Caching;

/// <summary>
/// Sets a new content version, in the same transaction, for every forum whose public content a save changes
/// (programme, exhibition, news, statements), so no node keeps serving what was there before. After the commit the
/// node's own cache is evicted at once; other nodes see the new version at their next poll.
/// </summary>
public sealed class ContentVersionInterceptor(ContentVersionWatcher watcher, EventForums eventForums, TimeProvider clock)
    : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly string[] PublicNamespaces =
    [
        "SpaceBridge.Web.Features.Programme",
        "SpaceBridge.Web.Features.Exhibition",
        "SpaceBridge.Web.Features.News",
        "SpaceBridge.Web.Features.Statements",
    ];

    /// <summary>Written in those namespaces but never shown to the public.</summary>
    private static readonly HashSet<Type> Private = [typeof(Lead), typeof(ExhibitorStaff), typeof(ClauseComment)];

    private readonly ConditionalWeakTable<DbContext, Dictionary<int, long>> _pending = new();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is AppDbContext db)
        {
            await BumpAsync(db, cancellationToken);
        }
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is AppDbContext db)
        {
            BumpAsync(db, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        }
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null)
        {
            await EvictPendingAsync(context);
        }
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null)
        {
            EvictPendingAsync(context).AsTask().GetAwaiter().GetResult();
        }
        return result;
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            await EvictPendingAsync(context);
        }
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context)
        {
            EvictPendingAsync(context).AsTask().GetAwaiter().GetResult();
        }
    }

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionRolledBack(transaction, eventData);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context)
        {
            _pending.Remove(context);
        }
    }

    private async ValueTask EvictPendingAsync(DbContext context)
    {
        if (_pending.TryGetValue(context, out var scopes))
        {
            _pending.Remove(context);
            await watcher.EvictWrittenAsync(scopes);
        }
    }

    private async ValueTask BumpAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        var scopes = new HashSet<int>();
        foreach (var entry in db.ChangeTracker.Entries().ToList())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && IsPublicContent(entry.Metadata.ClrType))
            {
                scopes.Add(await ScopeOfAsync(db, entry, cancellationToken) ?? ContentVersion.EveryForum);
            }
        }
        if (scopes.Count == 0)
        {
            return;
        }
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var pending = _pending.GetOrCreateValue(db);
        foreach (var scope in scopes)
        {
            var version = Random.Shared.NextInt64(1, long.MaxValue);
            var tracked = db.ChangeTracker.Entries<ContentVersion>().FirstOrDefault(e => e.Entity.Scope == scope);
            if (tracked is null)
            {
                // The row of a scope is made once, by whichever write comes first; the update below is what counts.
                await db.Database.ExecuteSqlAsync(
                    $"""INSERT INTO "ContentVersions" ("Scope", "Version", "ChangedAtUnixMs") VALUES ({scope}, {version}, {now}) ON CONFLICT ("Scope") DO NOTHING""",
                    cancellationToken);
                tracked = db.Attach(new ContentVersion { Scope = scope });
            }
            tracked.Property(v => v.Version).CurrentValue = version;
            tracked.Property(v => v.ChangedAtUnixMs).CurrentValue = now;
            tracked.Property(v => v.Version).IsModified = true;
            tracked.Property(v => v.ChangedAtUnixMs).IsModified = true;
            pending[scope] = version;
        }
    }

    private static bool IsPublicContent(Type type) =>
        !Private.Contains(type) && type.Namespace is { } ns && PublicNamespaces.Any(p => ns == p || ns.StartsWith(p + ".", StringComparison.Ordinal));

    /// <summary>The forum an entity belongs to, through the first foreign key that leads there; null when none does.</summary>
    private async ValueTask<int?> ScopeOfAsync(AppDbContext db, EntityEntry entry, CancellationToken cancellationToken)
    {
        if (entry.Entity is Features.Programme.Forums.Forum forum)
        {
            return entry.State == EntityState.Added ? null : forum.Id;
        }
        if (Key(entry, "ForumId") is { } forumId)
        {
            return forumId;
        }
        if (Key(entry, "EventId") is { } eventId)
        {
            return await eventForums.ForumOfAsync(db, eventId, cancellationToken);
        }
        if (Key(entry, "SessionId") is { } sessionId)
        {
            return await FirstAsync(db.Set<Session>().Where(s => s.Id == sessionId).Select(s => s.Event.ForumId), cancellationToken);
        }
        if (Key(entry, "StatementId") is { } statementId)
        {
            return await FirstAsync(db.Set<JointStatement>().Where(s => s.Id == statementId).Select(s => s.ForumId), cancellationToken);
        }
        if (Key(entry, "HallPlanId") is { } hallPlanId)
        {
            return await FirstAsync(db.Set<HallPlan>().Where(h => h.Id == hallPlanId).Select(h => h.Event.ForumId), cancellationToken);
        }
        return null;
    }

    /// <summary>A foreign key's value when it is a stored one (not a temporary key of a row not yet inserted) and did not change.</summary>
    private static int? Key(EntityEntry entry, string name)
    {
        if (entry.Metadata.FindProperty(name) is null)
        {
            return null;
        }
        var property = entry.Property(name);
        if (property.IsTemporary || property.CurrentValue is not int current || current <= 0)
        {
            return null;
        }
        if (entry.State == EntityState.Modified && property.OriginalValue is int original && original != current)
        {
            return null;
        }
        return current;
    }

    private static async ValueTask<int?> FirstAsync(IQueryable<int> query, CancellationToken cancellationToken)
    {
        var values = await query.Take(1).ToListAsync(cancellationToken);
        return values.Count == 0 ? null : values[0];
    }
}
