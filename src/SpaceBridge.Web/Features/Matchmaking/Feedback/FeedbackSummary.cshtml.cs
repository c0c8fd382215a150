using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Features.Accounts;

namespace SpaceBridge.Web.Features.Matchmaking.Feedback;

/// <summary>The event's meeting feedback in aggregate, with the comments, for its organizers only.</summary>
[Authorize]
public sealed class FeedbackSummaryModel(AppDbContext db, ForumAccess access) : PageModel
{
    public Event Event { get; private set; } = null!;
    public FeedbackSummary Summary { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int eventId, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, ct);
        if (ev is null) return NotFound();
        if (!await access.IsEventOrganizerAsync(User, eventId)) return this.NeedsRole(NeededRole.EventOrganizer);
        Event = ev;
        Summary = await FeedbackSummary.ForEventAsync(db, eventId, ct);
        return Page();
    }
}
