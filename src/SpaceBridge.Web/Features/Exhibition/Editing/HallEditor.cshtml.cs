using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Accounts;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Features.Programme.Organizations;
using SpaceBridge.Web.Features.Shared.Forms;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.Exhibition.Editing;

public sealed class HallForm
{
    [RequiredInForm, Display(Name = "Exhibition.Field.HallWidth")] public int Width { get; set; } = 40;
    [RequiredInForm, Display(Name = "Exhibition.Field.HallHeight")] public int Height { get; set; } = 24;
    public int? Version { get; set; }
}

public sealed class BoothForm
{
    public int? Id { get; set; }
    [RequiredInForm, Display(Name = "Exhibition.Field.Code")] public string? Code { get; set; }
    [RequiredInForm, Display(Name = "Exhibition.Field.X")] public int X { get; set; }
    [RequiredInForm, Display(Name = "Exhibition.Field.Y")] public int Y { get; set; }
    [RequiredInForm, Display(Name = "Exhibition.Field.Width")] public int Width { get; set; } = 3;
    [RequiredInForm, Display(Name = "Exhibition.Field.Height")] public int Height { get; set; } = 3;
    public int? Version { get; set; }
}

public sealed class ExhibitorForm
{
    [RequiredInForm, Display(Name = "Exhibition.Field.Organization")] public int? OrganizationId { get; set; }
    [Display(Name = "Exhibition.Field.DescriptionEn")] public string? DescriptionEn { get; set; }
    [Display(Name = "Exhibition.Field.DescriptionKo")] public string? DescriptionKo { get; set; }
}

/// <summary>
/// The organizers' exhibition editor, which works without script: the hall's size, booths as rectangles typed in
/// cells (a preview drawn by the server, redrawn while typing where script runs), exhibitors, their booths and staff.
/// </summary>
[Authorize(Policy = Policies.ForumOrganizer)]
public sealed class HallEditorModel(AppDbContext db, HallPlanEditor editor, IStringLocalizer<SharedResource> l) : PageModel
{
    [FromRoute] public int EventId { get; set; }
    [BindProperty] public HallForm Hall { get; set; } = new();
    [BindProperty] public BoothForm Booth { get; set; } = new();
    [BindProperty] public ExhibitorForm Exhibitor { get; set; } = new();

    public Event Event { get; private set; } = null!;
    public HallPlan? Plan { get; private set; }
    public HallPlanView? Preview { get; private set; }
    public List<Exhibitor> Exhibitors { get; private set; } = [];
    public List<Organization> Organizations { get; private set; } = [];
    [TempData] public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(int? booth, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        if (Plan is not null)
        {
            Hall = new HallForm { Width = Plan.Width, Height = Plan.Height, Version = Plan.Version };
            if (booth is { } id && Plan.Booths.FirstOrDefault(b => b.Id == id) is { } b)
            {
                Booth = new BoothForm { Id = b.Id, Code = b.Code, X = b.X, Y = b.Y, Width = b.Width, Height = b.Height, Version = b.Version };
            }
        }
        BuildPreview();
        return Page();
    }

    public Task<IActionResult> OnPostHallAsync(CancellationToken ct) =>
        SaveAsync(nameof(Hall), () => editor.SetSizeAsync(User, EventId, Hall.Width, Hall.Height, Hall.Version, ct), "Exhibition.Saved.Hall", ct);

    public Task<IActionResult> OnPostBoothAsync(CancellationToken ct) =>
        SaveAsync(nameof(Booth), () => editor.SaveBoothAsync(User, EventId, Booth.Id, new BoothInput(Booth.Code, Booth.X, Booth.Y, Booth.Width, Booth.Height), Booth.Version, ct),
            "Exhibition.Saved.Booth", ct);

    public Task<IActionResult> OnPostDeleteBoothAsync(int boothId, CancellationToken ct) =>
        SaveAsync("", () => editor.DeleteBoothAsync(User, EventId, boothId, ct), "Exhibition.Saved.BoothDeleted", ct);

    public Task<IActionResult> OnPostAssignAsync(int boothId, int? exhibitorId, int version, CancellationToken ct) =>
        SaveAsync($"Assign-{boothId}", () => editor.AssignBoothAsync(User, EventId, boothId, exhibitorId, version, ct), "Exhibition.Saved.Assigned", ct);

    public Task<IActionResult> OnPostExhibitorAsync(CancellationToken ct) =>
        SaveAsync(nameof(Exhibitor), () => editor.AddExhibitorAsync(User, EventId, Exhibitor.OrganizationId,
            new BilingualText(Exhibitor.DescriptionEn, Exhibitor.DescriptionKo), ct), "Exhibition.Saved.Exhibitor", ct);

    public Task<IActionResult> OnPostStaffAsync(int exhibitorId, string? staffEmail, CancellationToken ct) =>
        SaveAsync($"Staff-{exhibitorId}", () => editor.AddStaffAsync(User, EventId, exhibitorId, staffEmail, ct), "Exhibition.Saved.Staff", ct);

    public Task<IActionResult> OnPostRemoveStaffAsync(int exhibitorId, int staffId, CancellationToken ct) =>
        SaveAsync("", () => editor.RemoveStaffAsync(User, EventId, exhibitorId, staffId, ct), "Exhibition.Saved.StaffRemoved", ct);

    /// <summary>Runs one change; on success redirects (post/redirect/get), otherwise shows the form again with its field errors.</summary>
    private async Task<IActionResult> SaveAsync(string prefix, Func<Task> change, string savedKey, CancellationToken ct)
    {
        if (!await db.Events.AnyAsync(e => e.Id == EventId, ct))
        {
            return NotFound();
        }
        try
        {
            await change();
            Saved = l[savedKey];
            return RedirectToPage(null, new { eventId = EventId });
        }
        catch (DomainValidationException ex)
        {
            foreach (var (field, messages) in ex.Errors)
            {
                var key = prefix.Contains('-') ? prefix : string.IsNullOrEmpty(prefix) ? field : $"{prefix}.{field}";
                ModelState.AddModelError(key, string.Join(" ", messages));
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(prefix.Contains('-') || prefix.Length == 0 ? prefix : $"{prefix}.Version", l["Exhibition.Error.Stale"]);
        }
        catch (ExhibitorRefused ex)
        {
            ModelState.AddModelError("", ex.Detail);
        }
        db.ChangeTracker.Clear();
        await LoadAsync(ct);
        if (prefix != nameof(Hall) && Plan is not null)
        {
            Hall = new HallForm { Width = Plan.Width, Height = Plan.Height, Version = Plan.Version };
        }
        BuildPreview();
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == EventId, ct) is not { } ev)
        {
            return false;
        }
        Event = ev;
        Plan = await editor.PlanAsync(EventId, ct);
        Exhibitors = await db.Exhibitors.AsNoTracking().AsSplitQuery().Include(e => e.Organization).Include(e => e.Booths)
            .Include(e => e.Staff).ThenInclude(s => s.User)
            .Where(e => e.EventId == EventId).OrderBy(e => e.Id).ToListAsync(ct);
        var taken = Exhibitors.Select(e => e.OrganizationId).ToList();
        Organizations = (await db.Organizations.AsNoTracking().Where(o => !taken.Contains(o.Id)).ToListAsync(ct))
            .OrderBy(o => o.Name.Current, StringComparer.CurrentCultureIgnoreCase).ToList();
        return true;
    }

    private void BuildPreview()
    {
        if (Plan is null)
        {
            return;
        }
        var view = ExhibitionModel.ToView(Plan, "hall-preview", l["Exhibition.Editor.PreviewTitle"], l);
        var booths = view.Booths.Where(b => b.Id != Booth.Id).ToList();
        // The booth being added or edited, always drawn, so the preview follows the form (hall-editor.js redraws it while typing).
        {
            booths.Add(new HallPlanView.BoothShape(Booth.Id ?? 0, Booth.Code ?? "", Booth.X, Booth.Y, Math.Max(Booth.Width, 0), Math.Max(Booth.Height, 0),
                l["Exhibition.Editor.Draft", Booth.Code ?? ""], null, Draft: true));
        }
        Preview = view with { Booths = booths };
    }
}
