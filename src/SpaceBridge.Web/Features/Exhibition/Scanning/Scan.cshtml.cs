using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;
using SpaceBridge.Web.Infrastructure.Security;

namespace SpaceBridge.Web.Features.Exhibition.Scanning;

/// <summary>
/// The booth's lead scanner. A keyboard-wedge scanner types the badge code and presses Enter; a phone reads the QR with
/// its camera (lead-scanner.js). With script, scans queue on the device and sync (offline too); without it, the form
/// posts, carrying a scan id made when the page was drawn, so sending the same form twice records one lead.
/// </summary>
[Authorize]
[EnableRateLimiting(RateLimits.CheckIn)]
public sealed class ScanModel(AppDbContext db, ExhibitorStaffAccess access, LeadScanner scanner, IStringLocalizer<SharedResource> l) : PageModel
{
    [FromRoute] public int ExhibitorId { get; set; }
    [BindProperty] public string? Token { get; set; }
    [BindProperty] public int? Rating { get; set; }
    [BindProperty] public string? Notes { get; set; }
    [BindProperty] public string? ClientScanId { get; set; }

    public Exhibitor Exhibitor { get; private set; } = null!;
    public int Leads { get; private set; }
    public int Anonymous { get; private set; }
    public string? Result { get; private set; }
    public bool Refused { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refusal)
        {
            return refusal;
        }
        ClientScanId = Guid.NewGuid().ToString("N");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refusal)
        {
            return refusal;
        }
        try
        {
            var outcome = await scanner.ScanAsync(Exhibitor, new LeadScan(ClientScanId ?? "", Token, null, Rating, Notes), User, ct);
            (Result, Refused) = await DescribeAsync(outcome, ct);
            if (outcome.Stored)
            {
                // A fresh form for the next badge; the rating and notes belonged to this one.
                ModelState.Clear();
                (Rating, Notes, ClientScanId) = (null, null, Guid.NewGuid().ToString("N"));
            }
        }
        catch (DomainValidationException ex)
        {
            foreach (var (field, messages) in ex.Errors)
            {
                ModelState.AddModelError(field == "ClientScanId" ? "" : field, string.Join(" ", messages));
            }
        }
        ModelState.Remove(nameof(Token));
        Token = null;
        await CountAsync(ct);
        return Page();
    }

    private async Task<(string, bool)> DescribeAsync(LeadScanOutcome outcome, CancellationToken ct)
    {
        if (!outcome.Stored)
        {
            return (l[$"Exhibition.Scan.Refused.{outcome.Result}"], true);
        }
        var lead = (await LeadViews.ByIdAsync(db, [outcome.Lead!.Id], ct))[outcome.Lead.Id];
        var who = lead.Visitor is { } v ? $"{v.RomanizedName} ({v.OrganizationName})" : l["Exhibition.Scan.AnonymousVisitor"].Value;
        return (l[outcome.Result == LeadScanResult.Recorded ? "Exhibition.Scan.Recorded" : "Exhibition.Scan.Existing", who], false);
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
        await CountAsync(ct);
        return null;
    }

    private async Task CountAsync(CancellationToken ct)
    {
        Leads = await db.Leads.CountAsync(x => x.ExhibitorId == ExhibitorId, ct);
        Anonymous = await db.Leads.CountAsync(x => x.ExhibitorId == ExhibitorId && !x.ConsentToShare, ct);
    }
}
