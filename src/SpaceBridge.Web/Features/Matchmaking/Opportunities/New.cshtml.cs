using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Programme.Organizations;
using SpaceBridge.Web.Infrastructure.Audit;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Features.Accounts;

namespace SpaceBridge.Web.Features.Matchmaking.Opportunities;

/// <summary>Publish a new opportunity for an organization one represents (or, as an organizer, for any organization).</summary>
[Authorize]
public sealed class NewModel(AppDbContext db, OpportunityEditors editors, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty] public OpportunityFormInput Input { get; set; } = new();
    public Organization Organization { get; private set; } = null!;
    public int ForumId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int forumId, int organizationId, CancellationToken ct) =>
        await GateAsync(forumId, organizationId, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(int forumId, int organizationId, CancellationToken ct)
    {
        if (await GateAsync(forumId, organizationId, ct) is { } refused) return refused;
        if (!OpportunityForms.Accept(ModelState, OpportunityRules.Check(Input.ToDraft()), l)) return Page();
        var opportunity = new Opportunity { ForumId = forumId, OrganizationId = organizationId, IsOpen = true, CreatedAtUtc = clock.GetUtcNow().UtcDateTime };
        OpportunityRules.Apply(Input.ToDraft(), opportunity);
        db.Opportunities.Add(opportunity);
        audit.Record(User, "opportunity.create", $"organization:{organizationId}", opportunity.Title.En ?? opportunity.Title.Ko, forumId);
        await db.SaveChangesAsync(ct);
        return Redirect($"/forums/{forumId}/organizations/{organizationId}/profile#opportunity-{opportunity.Id}");
    }

    private async Task<IActionResult?> GateAsync(int forumId, int organizationId, CancellationToken ct)
    {
        var org = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == organizationId, ct);
        if (org is null || !await db.Forums.AnyAsync(f => f.Id == forumId, ct)) return NotFound();
        (Organization, ForumId) = (org, forumId);
        return await editors.CanEditAsync(User, forumId, organizationId, ct) ? null : this.NeedsRole(NeededRole.OrganizationDelegate);
    }
}
