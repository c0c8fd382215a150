using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Infrastructure.Audit;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Features.Matchmaking.Interpreters;

/// <summary>
/// An event's interpreter pools: listed, added, changed at a version and removed at a version. Bad input (an unknown
/// language, the same language twice, a pair the event already has, a negative or too large count) is refused per field
/// with nothing written; a stale version is refused with <see cref="StaleVersionRefusal"/>.
/// </summary>
public sealed class InterpreterPools(AppDbContext db, AuditLog audit, IStringLocalizer<SharedResource> l)
{
    public const int MaxCount = 100;

    public Task<List<EventInterpreterPool>> ListAsync(int eventId, CancellationToken ct) =>
        db.Set<EventInterpreterPool>().AsNoTracking().Where(p => p.EventId == eventId).OrderBy(p => p.Id).ToListAsync(ct);

    public async Task<EventInterpreterPool> FindAsync(int eventId, int poolId, CancellationToken ct) =>
        await db.Set<EventInterpreterPool>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == poolId && p.EventId == eventId, ct)
        ?? throw new InterpreterPoolNotFoundException(eventId, poolId);

    public async Task<EventInterpreterPool> AddAsync(int eventId, InterpreterPoolInput input, ClaimsPrincipal actor, CancellationToken ct)
    {
        var (a, b, count) = await CheckAsync(eventId, null, input, ct);
        var pool = new EventInterpreterPool { EventId = eventId, LanguageA = a, LanguageB = b, Count = count, Version = 1 };
        db.Set<EventInterpreterPool>().Add(pool);
        await RecordAsync(actor, "matchmaking.interpreters.added", pool, ct);
        await db.SaveChangesAsync(ct);
        return pool;
    }

    public async Task<EventInterpreterPool> UpdateAsync(int eventId, int poolId, InterpreterPoolInput input, VersionCheck version, ClaimsPrincipal actor,
        CancellationToken ct)
    {
        var pool = await TrackedAsync(eventId, poolId, ct);
        version.Ensure("interpreter pool", pool.Version);
        var (a, b, count) = await CheckAsync(eventId, poolId, input, ct);
        pool.LanguageA = a;
        pool.LanguageB = b;
        pool.Count = count;
        pool.Version++;
        await RecordAsync(actor, "matchmaking.interpreters.changed", pool, ct);
        await db.SaveChangesAsync(ct);
        return pool;
    }

    public async Task RemoveAsync(int eventId, int poolId, VersionCheck version, ClaimsPrincipal actor, CancellationToken ct)
    {
        var pool = await TrackedAsync(eventId, poolId, ct);
        version.Ensure("interpreter pool", pool.Version);
        db.Set<EventInterpreterPool>().Remove(pool);
        await RecordAsync(actor, "matchmaking.interpreters.removed", pool, ct);
        await db.SaveChangesAsync(ct);
    }

    private async Task<EventInterpreterPool> TrackedAsync(int eventId, int poolId, CancellationToken ct) =>
        await db.Set<EventInterpreterPool>().FirstOrDefaultAsync(p => p.Id == poolId && p.EventId == eventId, ct)
        ?? throw new InterpreterPoolNotFoundException(eventId, poolId);

    /// <summary>The pair in the order of the language list, and the count; every field's problem at once.</summary>
    private async Task<(string A, string B, int Count)> CheckAsync(int eventId, int? poolId, InterpreterPoolInput input, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var a = input.LanguageA?.Trim().ToLowerInvariant();
        var b = input.LanguageB?.Trim().ToLowerInvariant();
        if (!MeetingLanguageCodes.IsKnown(a)) errors[nameof(input.LanguageA)] = [l["Interpreters.Error.UnknownLanguage", input.LanguageA ?? ""]];
        if (!MeetingLanguageCodes.IsKnown(b)) errors[nameof(input.LanguageB)] = [l["Interpreters.Error.UnknownLanguage", input.LanguageB ?? ""]];
        else if (a == b) errors[nameof(input.LanguageB)] = [l["Interpreters.Error.SameLanguage"]];
        if (input.Count is not { } count || count < 0 || count > MaxCount)
        {
            errors[nameof(input.Count)] = [l["Interpreters.Error.Count", MaxCount]];
            count = 0;
        }
        if (errors.Count == 0)
        {
            if (MeetingLanguageCodes.Rank(a!) > MeetingLanguageCodes.Rank(b!)) (a, b) = (b, a);
            if (await db.Set<EventInterpreterPool>().AnyAsync(p => p.EventId == eventId && p.Id != poolId && p.LanguageA == a && p.LanguageB == b, ct))
                errors[nameof(input.LanguageB)] = [l["Interpreters.Error.DuplicatePair"]];
        }
        if (errors.Count > 0) throw new DomainValidationException(errors);
        return (a!, b!, count);
    }

    private async Task RecordAsync(ClaimsPrincipal actor, string action, EventInterpreterPool pool, CancellationToken ct)
    {
        var forumId = await db.Events.Where(e => e.Id == pool.EventId).Select(e => e.ForumId).FirstAsync(ct);
        audit.Record(actor, action, $"event {pool.EventId}", $"{pool.LanguageA}-{pool.LanguageB}: {pool.Count} per slot", forumId, pool.EventId);
    }
}
