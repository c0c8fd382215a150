using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Accounts;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;
using SpaceBridge.Web.Infrastructure.Security;

namespace SpaceBridge.Web.Features.CheckIn;

/// <summary>
/// The registration desk. A keyboard-wedge scanner types the badge code into the box and presses Enter, which
/// posts the form; the page shows the person and the result, with the box empty and focused for the next badge.
/// </summary>
[Authorize(Policy = Policies.ForumOrganizer)]
[EnableRateLimiting(RateLimits.CheckIn)]
public sealed class CheckInModel(AppDbContext db, CheckInDesk desk, IStringLocalizer<SharedResource> l) : PageModel
{
    [FromRoute] public int EventId { get; set; }
    [BindProperty] public string? Token { get; set; }
    [BindProperty] public string? Desk { get; set; }

    public Event Event { get; private set; } = null!;
    public ScanResultView Result { get; private set; } = new(null, null);
    public List<RecentCheckIn> Recent { get; private set; } = [];
    public int CheckedIn { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? desk)
    {
        Desk = desk;
        return await LoadAsync() ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }
        try
        {
            var outcome = await desk.ScanAsync(EventId, Token, Desk, User, HttpContext.RequestAborted);
            Result = new ScanResultView(outcome, ScanMessage.For(outcome, l, sessionDoor: false));
        }
        catch (DomainValidationException ex)
        {
            foreach (var (field, messages) in ex.Errors)
            {
                ModelState.AddModelError(field, string.Join(" ", messages));
            }
        }
        // The box is cleared for the next badge; the desk name stays.
        ModelState.Remove(nameof(Token));
        Token = null;
        await LoadRecentAsync();
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        var found = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == EventId, HttpContext.RequestAborted);
        if (found is null)
        {
            return false;
        }
        Event = found;
        await LoadRecentAsync();
        return true;
    }

    private async Task LoadRecentAsync()
    {
        CheckedIn = await db.CheckIns.CountAsync(c => c.EventId == EventId, HttpContext.RequestAborted);
        var rows = await db.CheckIns.AsNoTracking().Where(c => c.EventId == EventId)
            .OrderByDescending(c => c.AtUtc).ThenByDescending(c => c.Id).Take(8)
            .Select(c => new { c.AtUtc, c.Registration.HangulName, c.Registration.RomanizedName, c.Desk })
            .ToListAsync(HttpContext.RequestAborted);
        Recent = rows.Select(r => new RecentCheckIn(Event.ToLocal(r.AtUtc), r.HangulName, r.RomanizedName, r.Desk)).ToList();
    }
}

public sealed record RecentCheckIn(DateTimeOffset At, string? HangulName, string RomanizedName, string? Desk);
