using SpaceBridge.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Programme.Editing;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Features.Programme.People;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Features.Programme.Sessions;

/// <summary>An organizer adds a session; a double-booked room or person is refused naming the other session, nothing saved.</summary>
[Authorize]
public sealed class NewModel(AppDbContext db, ForumAccess access, ProgrammeEditor editor) : PageModel
{
    [BindProperty] public SessionForm Input { get; set; } = new();
    public Event Event { get; private set; } = null!;
    public List<Room> Rooms { get; private set; } = [];
    public List<Topic> Topics { get; private set; } = [];
    public List<Person> People { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int eventId, CancellationToken ct)
    {
        if (await LoadAsync(eventId, ct) is { } refused) return refused;
        Input = new SessionForm { Day = Event.StartDate, Start = new TimeOnly(9, 0), End = new TimeOnly(10, 0) }.WithEmptyRows();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int eventId, CancellationToken ct)
    {
        if (await LoadAsync(eventId, ct) is { } refused) return refused;
        Input.WithEmptyRows();
        if (!ModelState.IsValid) return Page();
        try
        {
            await editor.AddAsync(eventId, Input.ToEdit(Event), ct);
            return Redirect($"/organizer/events/{eventId}/sessions");
        }
        catch (DomainValidationException ex)
        {
            WorkspaceForms.AddErrors(ModelState, ex.Errors, Input, SessionForm.Aliases);
            return Page();
        }
        catch (AgendaConflictException ex)
        {
            WorkspaceForms.AddErrors(ModelState, ex.Errors, Input, SessionForm.Aliases);
            return Page();
        }
    }

    private async Task<IActionResult?> LoadAsync(int eventId, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().Include(e => e.Forum).FirstOrDefaultAsync(e => e.Id == eventId, ct);
        if (ev is null) return NotFound();
        if (!await access.IsOrganizerAsync(User, ev.ForumId)) return this.NeedsRole(NeededRole.ForumOrganizer);
        Event = ev;
        (Rooms, Topics, People) = await SessionFormOptions.LoadAsync(db, ev, ct);
        return null;
    }
}
