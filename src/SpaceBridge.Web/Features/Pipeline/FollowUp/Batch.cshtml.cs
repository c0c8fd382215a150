using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SpaceBridge.Web.Features.Accounts;

namespace SpaceBridge.Web.Features.Pipeline.FollowUp;

/// <summary>
/// One e-mail batch of the forum as it goes out: sent, pending and failed. A script refreshes the figures in place
/// (<c>?handler=Progress</c>); without scripts the page reloads itself while the batch runs.
/// </summary>
[Authorize(Policy = Policies.ForumOrganizer)]
public sealed class BatchModel(EmailBatches batches) : PageModel
{
    public BatchProgress Batch { get; private set; } = null!;
    public int ForumId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int forumId, int batchId, CancellationToken ct)
    {
        if (await batches.ProgressOfAsync(forumId, batchId, ct) is not { } batch) return NotFound();
        (Batch, ForumId) = (batch, forumId);
        return Page();
    }

    public async Task<IActionResult> OnGetProgressAsync(int forumId, int batchId, CancellationToken ct) =>
        await batches.ProgressOfAsync(forumId, batchId, ct) is { } b
            ? new JsonResult(new { total = b.Total, sent = b.Sent, pending = b.Pending, failed = b.Failed, isFinished = b.CompletedAtUtc is not null })
            : NotFound();
}
