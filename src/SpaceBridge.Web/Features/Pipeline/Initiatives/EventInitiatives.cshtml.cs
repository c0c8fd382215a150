using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Pipeline.Initiatives;

/// <summary>The meetings area links here by event; initiatives belong to the event's forum.</summary>
public sealed class EventInitiativesModel(AppDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int eventId, CancellationToken ct) =>
        await db.Events.Where(e => e.Id == eventId).Select(e => (int?)e.ForumId).FirstOrDefaultAsync(ct) is { } forumId
            ? Redirect($"/forums/{forumId}/initiatives")
            : NotFound();
}
