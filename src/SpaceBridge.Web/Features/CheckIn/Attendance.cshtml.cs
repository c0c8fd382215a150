using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.CheckIn;

/// <summary>Live attendance of an event: approved versus checked in, by type and country, and per session.</summary>
[Authorize(Policy = Policies.ForumOrganizer)]
public sealed class AttendanceModel(AppDbContext db, AttendanceBoard board) : PageModel
{
    public const int RefreshSeconds = 15;

    [FromRoute] public int EventId { get; set; }
    public Event Event { get; private set; } = null!;
    public EventAttendance Attendance { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        var ev = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == EventId, HttpContext.RequestAborted);
        var attendance = await board.ForEventAsync(EventId, HttpContext.RequestAborted);
        if (ev is null || attendance is null)
        {
            return NotFound();
        }
        (Event, Attendance) = (ev, attendance);
        Response.Headers.CacheControl = "no-store";
        return Page();
    }
}
