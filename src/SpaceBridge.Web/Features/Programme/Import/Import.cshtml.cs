using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Accounts;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Programme.Import;

/// <summary>
/// Programme import for an event's organizers: upload a sheet, see what it would add and every problem by line and
/// column (a dry run, nothing written), then import the checked sheet, which is checked again and written whole or not at all.
/// </summary>
[Authorize]
[RequestSizeLimit(ProgrammeUpload.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ProgrammeUpload.MaxRequestBytes, ValueLengthLimit = (int)ProgrammeUpload.MaxRequestBytes)]
public sealed class ImportModel(AppDbContext db, ForumAccess access, ProgrammeImporter importer, IStringLocalizer<SharedResource> l) : PageModel
{
    public Event Event { get; private set; } = null!;
    public ProgrammeImportPlan? Plan { get; private set; }
    public int? Imported { get; private set; }
    /// <summary>The checked sheet, carried to the import step so it need not be chosen again.</summary>
    public string? CheckedSheet { get; private set; }
    public string? FileName { get; private set; }

    public async Task<IActionResult> OnGetAsync(int eventId, bool tooLarge, CancellationToken ct)
    {
        if (await GateAsync(eventId, ct) is { } refused) return refused;
        if (tooLarge)
        {
            ModelState.AddModelError("File", l["ProgrammeImport.Error.FileTooLarge", ProgrammeImporter.MaxFileBytes / (1024 * 1024)]);
            Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostCheckAsync(int eventId, IFormFile? file, CancellationToken ct)
    {
        if (await GateAsync(eventId, ct) is { } refused) return refused;
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("File", l["ProgrammeImport.Error.NoFile"]);
            return Page();
        }
        byte[]? content;
        await using (var stream = file.OpenReadStream())
        {
            content = file.Length > ProgrammeImporter.MaxFileBytes ? null : await ProgrammeUpload.ReadAsync(stream, ct);
        }
        if (content is null)
        {
            ModelState.AddModelError("File", l["ProgrammeImport.Error.FileTooLarge", ProgrammeImporter.MaxFileBytes / (1024 * 1024)]);
            Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Page();
        }
        Plan = await importer.DryRunAsync(eventId, content, ct);
        FileName = Path.GetFileName(file.FileName);
        if (Plan.IsValid)
        {
            CheckedSheet = Convert.ToBase64String(content);
        }
        else
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(int eventId, string? content, string? fileName, CancellationToken ct)
    {
        if (await GateAsync(eventId, ct) is { } refused) return refused;
        byte[]? bytes = null;
        try
        {
            bytes = content is null ? null : Convert.FromBase64String(content);
        }
        catch (FormatException)
        {
        }
        if (bytes is null || bytes.Length == 0 || bytes.Length > ProgrammeImporter.MaxFileBytes)
        {
            ModelState.AddModelError("File", l["ProgrammeImport.Error.NoFile"]);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        FileName = fileName is null ? null : Path.GetFileName(fileName);
        var outcome = await importer.ImportAsync(eventId, bytes, User, ct);
        Plan = outcome.Plan;
        Imported = outcome.Imported;
        if (Plan.Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return Page();
    }

    private async Task<IActionResult?> GateAsync(int eventId, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().Include(e => e.Forum).FirstOrDefaultAsync(e => e.Id == eventId, ct);
        if (ev is null) return NotFound();
        if (!await access.IsOrganizerAsync(User, ev.ForumId)) return this.NeedsRole(NeededRole.EventOrganizer);
        Event = ev;
        return null;
    }
}
