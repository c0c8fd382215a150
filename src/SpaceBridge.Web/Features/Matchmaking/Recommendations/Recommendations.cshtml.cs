using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Matchmaking.Recommendations;

/// <summary>The signed-in participant's recommended partners and opportunities for an event, with the reasons.</summary>
[Authorize]
public sealed class RecommendationsModel(AppDbContext db, RecommendationService service) : PageModel
{
    public const int Take = 15;

    public Event Event { get; private set; } = null!;
    /// <summary>Null when the caller has no approved registration for the event.</summary>
    public RecommendationsDto? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync(int eventId, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, ct);
        if (ev is null)
        {
            return NotFound();
        }
        Event = ev;
        var me = await service.ParticipantAsync(ForumAccess.UserId(User), eventId, ct);
        if (me is not null)
        {
            Result = await service.ForAsync(me, CultureInfo.CurrentUICulture, Take, ct);
        }
        return Page();
    }
}
