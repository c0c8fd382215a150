using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Accounts;
using SpaceBridge.Web.Features.Matchmaking.Opportunities;
using SpaceBridge.Web.Features.Programme.Organizations;
using SpaceBridge.Web.Features.Shared.Forms;
using SpaceBridge.Web.Infrastructure.Audit;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Features.SupplyChain;

/// <summary>
/// What an organization supplies and depends on in a forum, reached from its profile. Its approved delegates and the
/// forum's organizers (those who may edit the profile) add and remove declarations.
/// </summary>
[Authorize]
public sealed class DeclarationsModel(AppDbContext db, OpportunityEditors editors, SupplyTaxonomy taxonomy, SupplyDeclarations declarations,
    AuditLog audit, IStringLocalizer<SharedResource> l) : PageModel
{
    public int ForumId { get; private set; }
    public Organization Organization { get; private set; } = null!;
    public List<SupplyCapability> Capabilities { get; private set; } = [];
    public List<SupplyDeclaration> Declared { get; private set; } = [];
    public IReadOnlyList<(string Code, string Name)> Countries { get; private set; } = [];

    [BindProperty, RequiredInForm] public int? CapabilityId { get; set; }
    [BindProperty, RequiredInForm] public SupplyDeclarationKind? Kind { get; set; }
    [BindProperty] public string? SupplierCountry { get; set; }
    [TempData] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(int forumId, int organizationId, CancellationToken ct) =>
        await GateAsync(forumId, organizationId, ct) ?? Page();

    public async Task<IActionResult> OnPostAddAsync(int forumId, int organizationId, CancellationToken ct)
    {
        if (await GateAsync(forumId, organizationId, ct) is { } refused) return refused;
        // The binder's message for an unreadable value is replaced by ours below.
        foreach (var key in new[] { nameof(CapabilityId), nameof(Kind) }) ModelState.Remove(key);
        try
        {
            await declarations.AddAsync(forumId, organizationId, CapabilityId, Kind, SupplierCountry, ct);
        }
        catch (DomainValidationException e)
        {
            foreach (var (field, messages) in e.Errors) ModelState.AddModelError(field, l[messages[0]]);
            return Page();
        }
        audit.Record(User, "supply-chain.declare", $"organization:{organizationId}", $"{Kind} {CapabilityId} {SupplierCountry}", forumId);
        await db.SaveChangesAsync(ct);
        Message = l["SupplyChain.Declarations.Added"];
        return Redirect($"/forums/{forumId}/organizations/{organizationId}/supply-chain");
    }

    public async Task<IActionResult> OnPostRemoveAsync(int forumId, int organizationId, int id, CancellationToken ct)
    {
        if (await GateAsync(forumId, organizationId, ct) is { } refused) return refused;
        try
        {
            await declarations.RemoveAsync(forumId, organizationId, id, ct);
        }
        catch (SupplyChainRefused)
        {
            return NotFound();
        }
        Message = l["SupplyChain.Declarations.Removed"];
        return Redirect($"/forums/{forumId}/organizations/{organizationId}/supply-chain");
    }

    private async Task<IActionResult?> GateAsync(int forumId, int organizationId, CancellationToken ct)
    {
        var org = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == organizationId, ct);
        if (org is null || !await db.Forums.AnyAsync(f => f.Id == forumId, ct)) return NotFound();
        (Organization, ForumId) = (org, forumId);
        if (!await editors.CanEditAsync(User, forumId, organizationId, ct)) return this.NeedsRole(NeededRole.OrganizationDelegate);
        Capabilities = await taxonomy.ListAsync(forumId, ct);
        Declared = await declarations.OfAsync(forumId, organizationId, ct);
        Countries = CountryList.Sorted(System.Globalization.CultureInfo.CurrentUICulture);
        return null;
    }
}
