using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Accounts;
using SpaceBridge.Web.Features.Shared.Forms;
using SpaceBridge.Web.Features.Programme.Forums;
using SpaceBridge.Web.Infrastructure.Audit;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Features.SupplyChain;

/// <summary>The organizers edit the forum's capability taxonomy: load the default, add, rename (version checked), remove unused.</summary>
[Authorize(Policy = Policies.ForumOrganizer)]
public sealed class CapabilitiesModel(AppDbContext db, SupplyTaxonomy taxonomy, AuditLog audit, IStringLocalizer<SharedResource> l) : PageModel
{
    public Forum Forum { get; private set; } = null!;
    public List<SupplyCapability> Capabilities { get; private set; } = [];
    [BindProperty, RequiredInForm] public string? NewKey { get; set; }
    [BindProperty] public string? NewNameEn { get; set; }
    [BindProperty] public string? NewNameKo { get; set; }
    [TempData] public string? Message { get; set; }
    /// <summary>A message for the whole page (a stale version, a capability in use), shown in an alert.</summary>
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(int forumId, CancellationToken ct) => await LoadAsync(forumId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostDefaultAsync(int forumId, CancellationToken ct)
    {
        if (!await LoadAsync(forumId, ct)) return NotFound();
        var added = await taxonomy.LoadDefaultAsync(forumId, ct);
        audit.Record(User, "supply-chain.taxonomy.default", $"forum:{forumId}", $"{added} added", forumId);
        await db.SaveChangesAsync(ct);
        Message = l["SupplyChain.Taxonomy.DefaultLoaded", added];
        return Redirect($"/forums/{forumId}/supply-chain/capabilities");
    }

    public async Task<IActionResult> OnPostAddAsync(int forumId, CancellationToken ct)
    {
        if (!await LoadAsync(forumId, ct)) return NotFound();
        try
        {
            var added = await taxonomy.AddAsync(forumId, NewKey, NewNameEn, NewNameKo, ct);
            Message = l["SupplyChain.Taxonomy.Added", added.Name.Current];
            return Redirect($"/forums/{forumId}/supply-chain/capabilities");
        }
        catch (DomainValidationException e)
        {
            foreach (var (field, messages) in e.Errors) ModelState.AddModelError("New" + field, l[messages[0]]);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostRenameAsync(int forumId, int id, int version, string? nameEn, string? nameKo, CancellationToken ct)
    {
        if (!await LoadAsync(forumId, ct)) return NotFound();
        try
        {
            await taxonomy.RenameAsync(forumId, id, nameEn, nameKo, version, ct);
            Message = l["SupplyChain.Taxonomy.Saved"];
            return Redirect($"/forums/{forumId}/supply-chain/capabilities");
        }
        catch (DomainValidationException e)
        {
            foreach (var (field, messages) in e.Errors) ModelState.AddModelError($"Rename{id}.{field}", l[messages[0]]);
            return Page();
        }
        catch (StaleVersionRefusal)
        {
            Problem = l["SupplyChain.Error.Stale"];
            return Page();
        }
        catch (SupplyChainRefused e)
        {
            Problem = l[e.MessageKey];
            return Page();
        }
    }

    public async Task<IActionResult> OnPostRemoveAsync(int forumId, int id, int version, CancellationToken ct)
    {
        if (!await LoadAsync(forumId, ct)) return NotFound();
        try
        {
            await taxonomy.RemoveAsync(forumId, id, version, ct);
            Message = l["SupplyChain.Taxonomy.Removed"];
            return Redirect($"/forums/{forumId}/supply-chain/capabilities");
        }
        catch (StaleVersionRefusal)
        {
            Problem = l["SupplyChain.Error.Stale"];
            return Page();
        }
        catch (SupplyChainRefused e)
        {
            Problem = l[e.MessageKey];
            return Page();
        }
    }

    private async Task<bool> LoadAsync(int forumId, CancellationToken ct)
    {
        if (await db.Forums.AsNoTracking().FirstOrDefaultAsync(f => f.Id == forumId, ct) is not { } forum) return false;
        Forum = forum;
        Capabilities = await taxonomy.ListAsync(forumId, ct);
        return true;
    }
}
