using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SpaceBridge.Web.Features.Accounts;
using SpaceBridge.Web.Features.Accounts.Roles;

namespace SpaceBridge.Web.Features.Reports;

/// <summary>
/// The post-event report for any signed-in reader (aggregates, small counts hidden, unless the reader organizes the
/// forum). Organizers build the PDF here: a background job whose progress the page follows, by script or by refresh.
/// </summary>
[Authorize]
public sealed class ReportModel(ForumFigures figures, ForumAccess access, ReportDocuments documents) : PageModel
{
    public ForumReport Report { get; private set; } = null!;
    public bool IsOrganizer { get; private set; }
    public ReportDocuments.Progress? Pdf { get; private set; }

    public async Task<IActionResult> OnGetAsync(int forumId, CancellationToken ct)
    {
        IsOrganizer = await access.IsOrganizerAsync(User, forumId);
        if (await figures.BuildAsync(forumId, IsOrganizer, ct) is not { } report) return NotFound();
        Report = report;
        Pdf = IsOrganizer ? await documents.LatestAsync(forumId, ct) : null;
        return Page();
    }

    /// <summary>The PDF job's progress as JSON, for the page's script.</summary>
    public async Task<IActionResult> OnGetProgressAsync(int forumId, CancellationToken ct)
    {
        if (!await access.IsOrganizerAsync(User, forumId)) return this.NeedsRole(NeededRole.ForumOrganizer);
        var latest = await documents.LatestAsync(forumId, ct);
        return new JsonResult(new { status = latest?.Status.ToString(), progress = latest?.Percent ?? 0, isFinished = latest?.IsFinished ?? true });
    }

    public async Task<IActionResult> OnPostPdfAsync(int forumId, CancellationToken ct)
    {
        if (!await access.IsOrganizerAsync(User, forumId)) return this.NeedsRole(NeededRole.ForumOrganizer);
        if (!await access.ForumExistsAsync(forumId)) return NotFound();
        await documents.QueueAsync(forumId, User.Identity?.Name ?? "", ct);
        return Redirect($"/forums/{forumId}/report#report-pdf");
    }
}
