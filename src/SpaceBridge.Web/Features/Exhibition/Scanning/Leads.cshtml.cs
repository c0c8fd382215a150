using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Features.Exhibition.Scanning;

/// <summary>
/// The exhibitor's leads for its staff: visitors who consented by name, each with a rating and notes to edit; the
/// others only as a count. Links to the CSV and Excel exports.
/// </summary>
[Authorize]
public sealed class LeadsModel(AppDbContext db, ExhibitorStaffAccess access, LeadScanner scanner, IStringLocalizer<SharedResource> l) : PageModel
{
    [FromRoute] public int ExhibitorId { get; set; }

    public Exhibitor Exhibitor { get; private set; } = null!;
    public List<Lead> Named { get; private set; } = [];
    public int Anonymous { get; private set; }
    [TempData] public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(int leadId, int version, int? rating, string? notes, CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refusal)
        {
            return refusal;
        }
        try
        {
            await scanner.UpdateAsync(ExhibitorId, leadId, version, rating, notes, ct);
            Saved = l["Exhibition.Leads.Saved"];
            return RedirectToPage(null, new { exhibitorId = ExhibitorId });
        }
        catch (DomainValidationException ex)
        {
            foreach (var (field, messages) in ex.Errors)
            {
                ModelState.AddModelError($"{field.ToLowerInvariant()}-{leadId}", string.Join(" ", messages));
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError($"notes-{leadId}", l["Exhibition.Error.Stale"]);
        }
        catch (ExhibitorRefused)
        {
            return NotFound();
        }
        db.ChangeTracker.Clear();
        return await LoadAsync(ct) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        try
        {
            Exhibitor = await access.RequireAsync(User, ExhibitorId, ct);
        }
        catch (ExhibitorRefused ex)
        {
            return ex.StatusCode == StatusCodes.Status404NotFound ? NotFound() : Forbid();
        }
        Named = await db.Leads.AsNoTracking().Include(x => x.Registration)
            .Where(x => x.ExhibitorId == ExhibitorId && x.ConsentToShare)
            .OrderByDescending(x => x.ScannedAtUtc).ThenByDescending(x => x.Id).ToListAsync(ct);
        Anonymous = await db.Leads.CountAsync(x => x.ExhibitorId == ExhibitorId && !x.ConsentToShare, ct);
        return null;
    }
}
