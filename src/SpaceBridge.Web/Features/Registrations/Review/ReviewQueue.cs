using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Registrations.Delegations;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Registrations.Review;

/// <summary>A registration as organizers review it.</summary>
public sealed record QueueEntry(int Id, int Version, string Email, string? HangulName, string RomanizedName, string Organization, string CountryCode,
    string? Position, ParticipantType Type, RegistrationStatus Status, DateTime SubmittedAtUtc, int? ProtocolRank, int? DelegationId,
    bool NeedsInterpreter, string? InterpreterLanguage, string? DietaryNeeds, string? AccessibilityNeeds);

/// <summary>One delegation (or, with a null id, the people registered on their own) and its members in protocol order.</summary>
public sealed record QueueGroup(int? DelegationId, string? Name, DelegationKind? Kind, string? CountryCode, IReadOnlyList<QueueEntry> Members);

/// <summary>
/// The review queue of an event: delegations as units, ordered by their highest-ranked member's protocol
/// rank and then by name, followed by individual registrations (by rank, then submission order).
/// </summary>
public sealed class ReviewQueue(AppDbContext db)
{
    public async Task<List<QueueGroup>> GroupsAsync(int eventId, RegistrationFilter filter, CancellationToken ct = default)
    {
        var entries = await Entries(eventId, filter).ToListAsync(ct);
        var delegations = await db.Delegations.AsNoTracking().Where(d => d.EventId == eventId)
            .Select(d => new { d.Id, d.Name, d.Kind, d.CountryCode }).ToDictionaryAsync(d => d.Id, ct);
        var groups = entries.GroupBy(e => e.DelegationId)
            .Select(g =>
            {
                var members = g.OrderBy(e => e.ProtocolRank is null).ThenBy(e => e.ProtocolRank).ThenBy(e => e.SubmittedAtUtc).ThenBy(e => e.Id).ToList();
                var d = g.Key is { } id && delegations.TryGetValue(id, out var found) ? found : null;
                return new QueueGroup(g.Key, d?.Name, d?.Kind, d?.CountryCode, members);
            })
            .ToList();
        return groups
            .OrderBy(g => g.DelegationId is null)
            .ThenBy(g => g.Members.Min(m => m.ProtocolRank ?? int.MaxValue))
            .ThenBy(g => g.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    public IQueryable<QueueEntry> Entries(int eventId, RegistrationFilter filter) =>
        filter.Apply(db.Registrations.AsNoTracking().Where(r => r.EventId == eventId))
            .OrderBy(r => r.ProtocolRank == null).ThenBy(r => r.ProtocolRank).ThenBy(r => r.SubmittedAtUtc).ThenBy(r => r.Id)
            .Select(r => new QueueEntry(r.Id, r.Version, r.Email, r.HangulName, r.RomanizedName, r.OrganizationName, r.CountryCode, r.Position,
                r.ParticipantType, r.Status, r.SubmittedAtUtc, r.ProtocolRank, r.DelegationId, r.NeedsInterpreter, r.InterpreterLanguage,
                r.DietaryNeeds, r.AccessibilityNeeds));
}
