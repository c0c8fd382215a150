using SpaceBridge.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Programme.Editing;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Features.Programme.People;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Features.Programme.Sessions;

/// <summary>An organizer changes or deletes a session through the programme editor, with the version the form was loaded with.</summary>
[Authorize]
public sealed class EditModel(AppDbContext db, ForumAccess access, ProgrammeEditor editor, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty] public SessionForm Input { get; set; } = new();
    public Session Session { get; private set; } = null!;
    public Event Event { get; private set; } = null!;
    public List<Room> Rooms { get; private set; } = [];
    public List<Topic> Topics { get; private set; } = [];
    public List<Person> People { get; private set; } = [];
    [TempData] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(int sessionId, CancellationToken ct)
    {
        if (await LoadAsync(sessionId, ct) is { } refused) return refused;
        Input = SessionForm.From(Session, Event).WithEmptyRows();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int sessionId, CancellationToken ct)
    {
        if (await LoadAsync(sessionId, ct) is { } refused) return refused;
        Input.WithEmptyRows();
        if (!ModelState.IsValid) return Page();
        try
        {
            await editor.UpdateAsync(sessionId, Input.ToEdit(Event), VersionCheck.Exactly(Input.Version), ct);
            Message = l["Workspace.Saved"];
            return RedirectToPage(new { sessionId });
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
        catch (StaleVersionRefusal)
        {
            ModelState.AddModelError("", l["Workspace.Stale"]);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostDeleteAsync(int sessionId, int version, CancellationToken ct)
    {
        if (await LoadAsync(sessionId, ct) is { } refused) return refused;
        try
        {
            await editor.DeleteAsync(sessionId, VersionCheck.Exactly(version), ct);
            return Redirect($"/organizer/events/{Event.Id}/sessions");
        }
        catch (StaleVersionRefusal)
        {
            Input = SessionForm.From(Session, Event).WithEmptyRows();
            ModelState.AddModelError("", l["Workspace.Stale"]);
            return Page();
        }
    }

    private async Task<IActionResult?> LoadAsync(int sessionId, CancellationToken ct)
    {
        var session = await db.Sessions.AsNoTracking().Include(s => s.Event).ThenInclude(e => e.Forum)
            .Include(s => s.People).Include(s => s.Topics).AsSplitQuery()
            .FirstOrDefaultAsync(s => s.Id == sessionId, ct);
        if (session is null) return NotFound();
        if (!await access.IsOrganizerAsync(User, session.Event.ForumId)) return this.NeedsRole(NeededRole.ForumOrganizer);
        Session = session;
        Event = session.Event;
        (Rooms, Topics, People) = await SessionFormOptions.LoadAsync(db, Event, ct);
        return null;
    }
}
