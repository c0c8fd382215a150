using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SpaceBridge.Web.Features.Accounts;

namespace SpaceBridge.Web.Features.Reports;

/// <summary>The organizers' dashboard during the event: the live figures, recomputed on every load, each chart with its table.</summary>
[Authorize(Policy = Policies.ForumOrganizer)]
public sealed class DashboardModel(ForumFigures figures) : PageModel
{
    public ForumReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int forumId, CancellationToken ct)
    {
        if (await figures.BuildAsync(forumId, exact: true, ct) is not { } report) return NotFound();
        Report = report;
        return Page();
    }
}
