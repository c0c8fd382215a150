using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Features.Accounts;

namespace SpaceBridge.Web.Features.Registrations.Import;

/// <summary>
/// CSV import: "Check" is a dry run that lists every problem and writes nothing; "Import" checks again and
/// writes every row or none. Uploads over 5 MB are refused before they are read (see <see cref="UploadSizeLimit"/>).
/// </summary>
[Authorize]
[RequestSizeLimit(UploadSizeLimit.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadSizeLimit.MaxRequestBytes)]
public sealed class ImportModel(AppDbContext db, ForumAccess access, RegistrationImporter importer, IStringLocalizer<SharedResource> l) : PageModel
{
    public Event Event { get; private set; } = null!;
    public ImportPlan? Plan { get; private set; }
    public int? Imported { get; private set; }
    public bool DryRun { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, bool tooLarge, CancellationToken ct)
    {
        if (await GateAsync(id, ct) is { } refused) return refused;
        if (tooLarge)
        {
            ModelState.AddModelError("File", l["Import.Error.TooLarge"]);
            Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        }
        return Page();
    }

    public Task<IActionResult> OnPostCheckAsync(int id, IFormFile? file, CancellationToken ct) => RunAsync(id, file, dryRun: true, ct);

    public Task<IActionResult> OnPostImportAsync(int id, IFormFile? file, CancellationToken ct) => RunAsync(id, file, dryRun: false, ct);

    private async Task<IActionResult> RunAsync(int id, IFormFile? file, bool dryRun, CancellationToken ct)
    {
        if (await GateAsync(id, ct) is { } refused) return refused;
        DryRun = dryRun;
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("File", l["Import.Error.NoFile"]);
            return Page();
        }
        byte[]? content;
        await using (var stream = file.OpenReadStream())
        {
            content = file.Length > RegistrationImporter.MaxFileBytes ? null : await UploadReader.ReadAsync(stream, ct);
        }
        if (content is null)
        {
            ModelState.AddModelError("File", l["Import.Error.TooLarge"]);
            Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Page();
        }
        if (dryRun)
        {
            Plan = await importer.DryRunAsync(id, content, ct);
        }
        else
        {
            var outcome = await importer.ImportAsync(id, content, User, ct);
            Plan = outcome.Plan;
            Imported = outcome.Imported;
        }
        if (Plan.Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return Page();
    }

    private async Task<IActionResult?> GateAsync(int id, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct);
        if (ev is null) return NotFound();
        Event = ev;
        return await access.IsEventOrganizerAsync(User, id) ? null : this.NeedsRole(NeededRole.EventOrganizer);
    }
}
