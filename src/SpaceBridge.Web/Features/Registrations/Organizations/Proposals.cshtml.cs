using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Accounts;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Features.Programme.Organizations;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Features.Registrations.Organizations;

/// <summary>The organizers' queue of organizations proposed on an event's registration form: approve, or merge into an existing one.</summary>
[Authorize]
public sealed class ProposalsModel(AppDbContext db, ForumAccess access, OrganizationProposals proposals, IStringLocalizer<SharedResource> l) : PageModel
{
    public sealed record Row(OrganizationProposal Proposal, string? ProposedBy, int Registrations);

    public Event Event { get; private set; } = null!;
    public List<Row> Pending { get; private set; } = [];
    public List<Row> Decided { get; private set; } = [];
    public List<(int Id, string Name)> Organizations { get; private set; } = [];
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await GateAsync(id) is { } refused) return refused;
        return await ShowAsync(id, ct);
    }

    public async Task<IActionResult> OnPostApproveAsync(int id, int proposalId, int version, CancellationToken ct)
    {
        if (await GateAsync(id) is { } refused) return refused;
        return await DecideAsync(id, () => proposals.ApproveAsync(id, proposalId, version, User, ct), "OrgProposal.Approved", ct);
    }

    public async Task<IActionResult> OnPostMergeAsync(int id, int proposalId, int version, int? intoOrganizationId, CancellationToken ct)
    {
        if (await GateAsync(id) is { } refused) return refused;
        if (intoOrganizationId is null)
        {
            ModelState.AddModelError($"into-{proposalId}", l["OrgProposal.Error.MergeTarget"]);
            return await ShowAsync(id, ct);
        }
        return await DecideAsync(id, () => proposals.MergeAsync(id, proposalId, version, intoOrganizationId.Value, User, ct), "OrgProposal.Merged", ct);
    }

    private async Task<IActionResult> DecideAsync(int id, Func<Task<OrganizationProposal>> decide, string doneKey, CancellationToken ct)
    {
        try
        {
            var proposal = await decide();
            return RedirectToPage(new { id, done = doneKey == "OrgProposal.Approved" ? "approved" : "merged", name = proposal.Organization.Name.Current });
        }
        catch (ProposalRefused refusal)
        {
            Message = refusal.StatusCode == StatusCodes.Status412PreconditionFailed ? l["OrgProposal.Error.Stale"] : l["OrgProposal.Error.Decided"];
        }
        catch (ProposalNotFound)
        {
            return NotFound();
        }
        catch (DomainValidationException ex)
        {
            Message = string.Join(" ", ex.Errors.SelectMany(e => e.Value));
        }
        return await ShowAsync(id, ct);
    }

    private async Task<IActionResult?> GateAsync(int id)
    {
        if (await access.ForumOfEventAsync(id) is null) return NotFound();
        return await access.IsEventOrganizerAsync(User, id) ? null : this.NeedsRole(NeededRole.EventOrganizer);
    }

    private async Task<IActionResult> ShowAsync(int id, CancellationToken ct)
    {
        Event = await db.Events.AsNoTracking().FirstAsync(e => e.Id == id, ct);
        if (Message is null && Request.Query["done"] is { Count: 1 } done && Request.Query["name"] is { Count: 1 } name)
        {
            Message = done == "approved" ? l["OrgProposal.Approved", name.ToString()] : l["OrgProposal.Merged", name.ToString()];
        }
        var list = await db.OrganizationProposals.AsNoTracking().Include(p => p.Organization).ThenInclude(o => o.Country).Where(p => p.EventId == id)
            .OrderBy(p => p.ProposedAtUtc).ThenBy(p => p.Id).ToListAsync(ct);
        var userIds = list.Select(p => p.ProposedByUserId).Distinct().ToList();
        var emails = await db.Users.Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email, ct);
        var organizationIds = list.Select(p => p.OrganizationId).ToList();
        var counts = await db.Registrations.Where(r => r.OrganizationId != null && organizationIds.Contains(r.OrganizationId.Value))
            .GroupBy(r => r.OrganizationId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var rows = list.Select(p => new Row(p, emails.GetValueOrDefault(p.ProposedByUserId), counts.GetValueOrDefault(p.OrganizationId))).ToList();
        Pending = rows.Where(r => r.Proposal.Status == ProposalStatus.Pending).ToList();
        Decided = rows.Where(r => r.Proposal.Status != ProposalStatus.Pending).OrderByDescending(r => r.Proposal.DecidedAtUtc).ToList();
        var culture = CultureInfo.CurrentUICulture;
        Organizations = (await db.Organizations.AsNoTracking().Where(o => o.Status == OrganizationStatus.Approved).ToListAsync(ct))
            .Select(o => (o.Id, Name: o.Acronym is null ? o.Name.In(culture) : $"{o.Name.In(culture)} ({o.Acronym})"))
            .OrderBy(o => o.Name, StringComparer.Create(culture, true)).ToList();
        return Page();
    }
}
