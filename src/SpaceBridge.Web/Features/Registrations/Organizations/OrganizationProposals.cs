using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Programme.Organizations;
using SpaceBridge.Web.Infrastructure.Audit;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.Registrations.Organizations;

/// <summary>
/// Registrants pick an approved organization or propose a new one; the forum's organizers approve a proposal or merge
/// it into an existing organization, which moves every registration and delegation that pointed at the proposal.
/// </summary>
public sealed class OrganizationProposals(AppDbContext db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public const int NameMax = 300, WebsiteMax = 300, SearchMax = 100;

    /// <summary>Approved organizations whose English or Korean name or acronym contains the text, by name.</summary>
    public async Task<List<Organization>> SearchAsync(string? text, int take, CancellationToken ct)
    {
        var term = text?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(term))
        {
            return [];
        }
        return await db.Organizations.AsNoTracking().Where(o => o.Status == OrganizationStatus.Approved)
            .Where(o => (o.Name.En != null && o.Name.En.ToLower().Contains(term))
                || (o.Name.Ko != null && o.Name.Ko.Contains(term))
                || (o.Acronym != null && o.Acronym.ToLower().Contains(term)))
            .OrderBy(o => o.Name.En ?? o.Name.Ko).ThenBy(o => o.Id).Take(take).ToListAsync(ct);
    }

    /// <summary>
    /// Checks a proposal; throws <see cref="DomainValidationException"/> with fields named by <paramref name="prefix"/>
    /// (NameEn, NameKo, CountryCode, Website).
    /// </summary>
    public async Task<(BilingualText Name, string Country, string? Website)> ValidateAsync(ProposedOrganization proposal, string prefix, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var en = RegistrationRules.Clean(proposal.Name?.En);
        var ko = RegistrationRules.Clean(proposal.Name?.Ko);
        if (en is null && ko is null) errors[prefix + "NameEn"] = [l["OrgProposal.Error.Name"]];
        if (en?.Length > NameMax) errors[prefix + "NameEn"] = [l["Registration.Error.TooLong", NameMax]];
        if (ko?.Length > NameMax) errors[prefix + "NameKo"] = [l["Registration.Error.TooLong", NameMax]];
        var country = proposal.CountryCode?.Trim().ToUpperInvariant() ?? "";
        if (!await db.Countries.AnyAsync(c => c.Code == country, ct)) errors[prefix + "CountryCode"] = [l["Registration.Error.Country"]];
        var website = RegistrationRules.Clean(proposal.Website);
        if (website is not null && (website.Length > WebsiteMax || !Uri.TryCreate(website, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")))
        {
            errors[prefix + "Website"] = [l["OrgProposal.Error.Website"]];
        }
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }
        return (new BilingualText(en, ko), country, website);
    }

    /// <summary>
    /// Adds the proposed organization and its proposal to the context (saved by the caller, e.g. with the registration
    /// that names it). The organization is offered to nobody else until approved.
    /// </summary>
    public OrganizationProposal Add(int eventId, string userId, (BilingualText Name, string Country, string? Website) valid)
    {
        var organization = new Organization
        {
            Name = valid.Name, CountryCode = valid.Country, Website = valid.Website, Kind = OrganizationKind.Company, Status = OrganizationStatus.Proposed,
        };
        var proposal = new OrganizationProposal
        {
            Organization = organization, EventId = eventId, ProposedByUserId = userId, ProposedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Organizations.Add(organization);
        db.OrganizationProposals.Add(proposal);
        return proposal;
    }

    public async Task<OrganizationProposal> ProposeAsync(int eventId, ClaimsPrincipal user, ProposedOrganization input, CancellationToken ct)
    {
        var userId = ForumAccess.UserId(user) ?? throw new InvalidOperationException("Proposals need a signed-in user.");
        var forumId = await db.Events.Where(e => e.Id == eventId).Select(e => (int?)e.ForumId).FirstOrDefaultAsync(ct)
            ?? throw new DomainValidationException("EventId", l["Registration.Error.NoEvent"]);
        var valid = await ValidateAsync(input, "", ct);
        var proposal = Add(eventId, userId, valid);
        await db.SaveChangesAsync(ct);
        audit.Record(user, "organization.proposed", $"organization:{proposal.OrganizationId}", valid.Name.En ?? valid.Name.Ko, forumId, eventId);
        await db.SaveChangesAsync(ct);
        return proposal;
    }

    /// <summary>Whether the user may name the organization on a registration: approved, or their own pending proposal.</summary>
    public Task<bool> MayNameAsync(int organizationId, string? userId, CancellationToken ct) =>
        db.Organizations.AnyAsync(o => o.Id == organizationId && (o.Status == OrganizationStatus.Approved
            || (o.Status == OrganizationStatus.Proposed && db.OrganizationProposals.Any(p => p.OrganizationId == o.Id && p.ProposedByUserId == userId))), ct);

    /// <summary>Approves the proposal at the version the organizer saw; the organization joins the list.</summary>
    public async Task<OrganizationProposal> ApproveAsync(int eventId, int proposalId, int version, ClaimsPrincipal actor, CancellationToken ct)
    {
        return await DecideAsync(eventId, proposalId, version, actor, async (proposal, token) =>
        {
            proposal.Organization.Status = OrganizationStatus.Approved;
            proposal.Status = ProposalStatus.Approved;
            audit.Record(actor, "organization.approved", $"organization:{proposal.OrganizationId}", null, proposal.Event.ForumId, eventId);
            await Task.CompletedTask;
        }, ct);
    }

    /// <summary>
    /// Merges the proposal into an approved organization: registrations, delegations and people that named the proposal
    /// now name that organization, in one transaction with the decision.
    /// </summary>
    public async Task<OrganizationProposal> MergeAsync(int eventId, int proposalId, int version, int intoOrganizationId, ClaimsPrincipal actor, CancellationToken ct)
    {
        return await DecideAsync(eventId, proposalId, version, actor, async (proposal, token) =>
        {
            var target = await db.Organizations.FirstOrDefaultAsync(o => o.Id == intoOrganizationId && o.Status == OrganizationStatus.Approved, token)
                ?? throw new DomainValidationException("IntoOrganizationId", l["OrgProposal.Error.MergeTarget"]);
            var from = proposal.OrganizationId;
            var name = target.Name.En ?? target.Name.Ko ?? "";
            await db.Registrations.Where(r => r.OrganizationId == from)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.OrganizationId, target.Id).SetProperty(r => r.OrganizationName, name)
                    .SetProperty(r => r.Version, r => r.Version + 1), token);
            await db.Delegations.Where(d => d.OrganizationId == from).ExecuteUpdateAsync(s => s.SetProperty(d => d.OrganizationId, target.Id), token);
            await db.People.Where(p => p.OrganizationId == from).ExecuteUpdateAsync(s => s.SetProperty(p => p.OrganizationId, target.Id), token);
            proposal.Organization.Status = OrganizationStatus.Merged;
            proposal.Status = ProposalStatus.Merged;
            proposal.MergedIntoOrganizationId = target.Id;
            audit.Record(actor, "organization.merged", $"organization:{from}", $"into organization:{target.Id}", proposal.Event.ForumId, eventId);
        }, ct);
    }

    private async Task<OrganizationProposal> DecideAsync(int eventId, int proposalId, int version, ClaimsPrincipal actor,
        Func<OrganizationProposal, CancellationToken, Task> decide, CancellationToken ct)
    {
        try
        {
            return await SerializableTransaction.RunAsync(db, async token =>
            {
                var proposal = await db.OrganizationProposals.Include(p => p.Organization).Include(p => p.Event)
                    .FirstOrDefaultAsync(p => p.Id == proposalId && p.EventId == eventId, token)
                    ?? throw new ProposalNotFound(proposalId);
                if (proposal.Version != version)
                {
                    throw ProposalRefused.Stale(proposalId);
                }
                if (proposal.Status != ProposalStatus.Pending)
                {
                    throw ProposalRefused.Decided(proposalId);
                }
                await decide(proposal, token);
                proposal.DecidedAtUtc = clock.GetUtcNow().UtcDateTime;
                proposal.DecidedByUserId = ForumAccess.UserId(actor);
                proposal.Version++;
                return proposal;
            }, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw ProposalRefused.Stale(proposalId);
        }
    }
}

/// <summary>No proposal with that id for that event.</summary>
public sealed class ProposalNotFound(int id) : Exception($"There is no organization proposal with id {id} for this event."), IDomainRefusal
{
    public int StatusCode => StatusCodes.Status404NotFound;
    public string Title => "Not found";
    public string Detail => Message;
}
