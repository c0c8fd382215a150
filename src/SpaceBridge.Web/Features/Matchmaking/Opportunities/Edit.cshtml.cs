using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Infrastructure.Audit;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Features.Accounts;

namespace SpaceBridge.Web.Features.Matchmaking.Opportunities;

/// <summary>Edit or close an opportunity: for its organization's approved participants and the forum's organizers.</summary>
[Authorize]
public sealed class EditModel(AppDbContext db, OpportunityEditors editors, AuditLog audit, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty] public OpportunityFormInput Input { get; set; } = new();
    public Opportunity Opportunity { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int forumId, int opportunityId, CancellationToken ct)
    {
        if (await GateAsync(forumId, opportunityId, ct) is { } refused) return refused;
        Input = OpportunityFormInput.From(Opportunity);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int forumId, int opportunityId, CancellationToken ct)
    {
        if (await GateAsync(forumId, opportunityId, ct) is { } refused) return refused;
        if (!OpportunityForms.Accept(ModelState, OpportunityRules.Check(Input.ToDraft()), l)) return Page();
        OpportunityRules.Apply(Input.ToDraft(), Opportunity);
        audit.Record(User, "opportunity.edit", $"opportunity:{opportunityId}", null, forumId);
        await db.SaveChangesAsync(ct);
        return Redirect($"/forums/{forumId}/organizations/{Opportunity.OrganizationId}/profile#opportunity-{opportunityId}");
    }

    public async Task<IActionResult> OnPostCloseAsync(int forumId, int opportunityId, CancellationToken ct)
    {
        if (await GateAsync(forumId, opportunityId, ct) is { } refused) return refused;
        Opportunity.IsOpen = false;
        audit.Record(User, "opportunity.close", $"opportunity:{opportunityId}", null, forumId);
        await db.SaveChangesAsync(ct);
        return Redirect($"/forums/{forumId}/organizations/{Opportunity.OrganizationId}/profile");
    }

    private async Task<IActionResult?> GateAsync(int forumId, int opportunityId, CancellationToken ct)
    {
        var opportunity = await db.Opportunities.Include(o => o.Organization)
            .FirstOrDefaultAsync(o => o.Id == opportunityId && o.ForumId == forumId, ct);
        if (opportunity is null) return NotFound();
        Opportunity = opportunity;
        return await editors.CanEditAsync(User, forumId, opportunity.OrganizationId, ct) ? null : this.NeedsRole(NeededRole.OrganizationDelegate);
    }
}
