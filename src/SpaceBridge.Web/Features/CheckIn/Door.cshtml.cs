using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Programme.Sessions;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Security;
using SpaceBridge.Web.Features.Accounts;

namespace SpaceBridge.Web.Features.CheckIn;

/// <summary>Scanning badges at a session's door counts people in, once each.</summary>
[Authorize]
[EnableRateLimiting(RateLimits.CheckIn)]
public sealed class DoorModel(AppDbContext db, ForumAccess access, SessionDoor door, IStringLocalizer<SharedResource> l) : PageModel
{
    [FromRoute] public int SessionId { get; set; }
    [BindProperty] public string? Token { get; set; }

    public Session Session { get; private set; } = null!;
    public ScanResultView Result { get; private set; } = new(null, null);
    public int Attended { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ?? Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }
        var outcome = await door.ScanAsync(SessionId, Token, User, HttpContext.RequestAborted);
        Result = new ScanResultView(outcome, ScanMessage.For(outcome, l, sessionDoor: true));
        ModelState.Remove(nameof(Token));
        Token = null;
        Attended = await db.SessionAttendances.CountAsync(a => a.SessionId == SessionId, HttpContext.RequestAborted);
        return Page();
    }

    /// <summary>Null when the session exists and the user organizes its forum; otherwise the refusal.</summary>
    private async Task<IActionResult?> LoadAsync()
    {
        var session = await db.Sessions.AsNoTracking().Include(s => s.Event).Include(s => s.Room)
            .FirstOrDefaultAsync(s => s.Id == SessionId, HttpContext.RequestAborted);
        if (session is null)
        {
            return NotFound();
        }
        if (!await access.IsOrganizerAsync(User, session.Event.ForumId))
        {
            return this.NeedsRole(NeededRole.EventOrganizer);
        }
        Session = session;
        Attended = await db.SessionAttendances.CountAsync(a => a.SessionId == SessionId, HttpContext.RequestAborted);
        return null;
    }
}
