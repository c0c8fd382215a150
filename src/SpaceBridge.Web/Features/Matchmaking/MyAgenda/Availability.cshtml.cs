using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Matchmaking.Requests;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Features.Accounts;

namespace SpaceBridge.Web.Features.Matchmaking.MyAgenda;

/// <summary>The participant marks meeting slots in which they cannot meet; slots where they speak are blocked for them.</summary>
[Authorize]
public sealed class AvailabilityModel(AppDbContext db, Availability availability) : PageModel
{
    public Event Event { get; private set; } = null!;
    public Registration? Me { get; private set; }
    public List<SlotAvailability> Slots { get; private set; } = [];
    [BindProperty] public List<int> Unavailable { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(int eventId, CancellationToken ct)
    {
        if (!await LoadAsync(eventId, ct)) return NotFound();
        if (Me is not null) Slots = await availability.ForAsync(Me, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int eventId, CancellationToken ct)
    {
        if (!await LoadAsync(eventId, ct)) return NotFound();
        if (Me is null) return this.NeedsRole(NeededRole.EventParticipant);
        await availability.SaveAsync(Me, Unavailable, ct);
        return RedirectToPage(new { eventId });
    }

    private async Task<bool> LoadAsync(int eventId, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, ct);
        if (ev is null) return false;
        Event = ev;
        Me = await MatchmakingParticipants.CurrentAsync(db, User, eventId, ct);
        return true;
    }
}
