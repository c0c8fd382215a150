using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Infrastructure.Audit;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Features.Registrations.Delegations;

/// <summary>What a head of delegation states about their delegation.</summary>
public sealed record DelegationDetails(string Name, DelegationKind Kind, string CountryCode, int? OrganizationId);

/// <summary>
/// Delegations: a signed-in person creates one for an event and registers its members, who need no
/// account. Organizers see delegations as units and set each member's protocol rank.
/// </summary>
public sealed class DelegationRegistry(AppDbContext db, Registrar registrar, ForumAccess access, AuditLog audit, IStringLocalizer<SharedResource> l)
{
    public Task<Delegation?> HeadedByAsync(int eventId, string userId, CancellationToken ct = default) =>
        db.Delegations.Include(d => d.Members.OrderBy(m => m.ProtocolRank == null).ThenBy(m => m.ProtocolRank).ThenBy(m => m.RomanizedName))
            .Include(d => d.Country).Include(d => d.Organization)
            .FirstOrDefaultAsync(d => d.EventId == eventId && d.HeadUserId == userId, ct);

    public async Task<Delegation> CreateAsync(int eventId, ClaimsPrincipal head, DelegationDetails details, CancellationToken ct = default)
    {
        var userId = ForumAccess.UserId(head) ?? throw new DomainValidationException("User", l["Registration.Error.SignIn"]);
        var name = details.Name?.Trim() ?? "";
        var errors = new Dictionary<string, string[]>();
        if (name.Length == 0) errors[nameof(details.Name)] = [l["Registration.Error.Required"]];
        else if (name.Length > RegistrationRules.OrganizationMax) errors[nameof(details.Name)] = [l["Registration.Error.TooLong", RegistrationRules.OrganizationMax]];
        var country = details.CountryCode?.Trim().ToUpperInvariant() ?? "";
        if (!await db.Countries.AnyAsync(c => c.Code == country, ct)) errors[nameof(details.CountryCode)] = [l["Registration.Error.Country"]];
        if (details.OrganizationId is { } orgId && !await db.Organizations.AnyAsync(o => o.Id == orgId, ct))
            errors[nameof(details.OrganizationId)] = [l["Delegation.Error.Organization"]];
        if (!Enum.IsDefined(details.Kind)) errors[nameof(details.Kind)] = [l["Registration.Error.Required"]];
        if (errors.Count > 0) throw new DomainValidationException(errors);

        return await SerializableTransaction.RunAsync(db, async token =>
        {
            if (!await db.Events.AnyAsync(e => e.Id == eventId, token))
                throw new DomainValidationException("EventId", l["Registration.Error.NoEvent"]);
            if (await db.Delegations.AnyAsync(d => d.EventId == eventId && d.HeadUserId == userId, token))
                throw new DomainValidationException(nameof(details.Name), l["Delegation.Error.AlreadyHead"]);
            var delegation = new Delegation
            {
                EventId = eventId, Name = name, Kind = details.Kind, CountryCode = country, OrganizationId = details.OrganizationId, HeadUserId = userId,
            };
            db.Delegations.Add(delegation);
            // The head's own registration, if any, belongs to the delegation too.
            var own = await db.Registrations.FirstOrDefaultAsync(r => r.EventId == eventId && r.UserId == userId && r.DelegationId == null, token);
            if (own is not null)
            {
                own.Delegation = delegation;
                own.Version++;
            }
            return delegation;
        }, ct);
    }

    /// <summary>Registers a member of the delegation; only its head (or an organizer) may.</summary>
    public async Task<Registration> AddMemberAsync(int delegationId, ClaimsPrincipal actor, string email, RegistrationDetails details, int? protocolRank,
        CancellationToken ct = default)
    {
        var delegation = await db.Delegations.AsNoTracking().FirstOrDefaultAsync(d => d.Id == delegationId, ct)
            ?? throw new DomainValidationException("DelegationId", l["Delegation.Error.NotFound"]);
        var userId = ForumAccess.UserId(actor);
        if (delegation.HeadUserId != userId && !await access.IsEventOrganizerAsync(actor, delegation.EventId))
        {
            throw new UnauthorizedAccessException("Only the head of the delegation or an organizer may add members.");
        }
        if (protocolRank is < 0 or > 999)
        {
            throw new DomainValidationException("ProtocolRank", l["Delegation.Error.Rank"]);
        }
        return await registrar.SubmitAsync(delegation.EventId, new Registrant(email, null, userId, delegationId, protocolRank), details, ct);
    }

    /// <summary>An organizer sets a registration's protocol rank (lower comes first; null for none).</summary>
    public async Task<bool> SetRankAsync(int eventId, int registrationId, int? rank, ClaimsPrincipal organizer, CancellationToken ct = default)
    {
        if (rank is < 0 or > 999)
        {
            throw new DomainValidationException("ProtocolRank", l["Delegation.Error.Rank"]);
        }
        return await SerializableTransaction.RunAsync(db, async token =>
        {
            var r = await db.Registrations.Include(x => x.Event).FirstOrDefaultAsync(x => x.Id == registrationId && x.EventId == eventId, token);
            if (r is null)
            {
                return false;
            }
            r.ProtocolRank = rank;
            r.Version++;
            audit.Record(organizer, "registration.rank", $"registration:{r.Id}", $"protocol rank {rank?.ToString() ?? "none"}", r.Event.ForumId, eventId);
            return true;
        }, ct);
    }
}
