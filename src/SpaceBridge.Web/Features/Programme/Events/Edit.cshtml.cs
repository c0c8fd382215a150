using SpaceBridge.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Programme.Editing;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Features.Programme.Events;

/// <summary>
/// The event form (names, dates, venue, capacity, registration window, published) and its rooms. A form loaded
/// before someone else saved the event is refused with a message and nothing is saved.
/// </summary>
[Authorize]
public sealed class EditModel(AppDbContext db, ForumAccess access, EventEditor editor, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty] public EventForm Input { get; set; } = new();
    [BindProperty] public RoomForm Room { get; set; } = new();
    public Event Event { get; private set; } = null!;
    public List<Room> Rooms { get; private set; } = [];
    [TempData] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(int eventId, CancellationToken ct)
    {
        if (await LoadAsync(eventId, ct) is { } refused) return refused;
        Input = EventForm.From(Event);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int eventId, CancellationToken ct)
    {
        if (await LoadAsync(eventId, ct) is { } refused) return refused;
        ModelState.Remove("Room.Capacity");
        if (!ModelState.IsValid) return Page();
        try
        {
            await editor.UpdateAsync(eventId, Input.ToInput(), VersionCheck.Exactly(Input.Version), ct);
            Message = l["Workspace.Saved"];
            return RedirectToPage(new { eventId });
        }
        catch (DomainValidationException ex)
        {
            WorkspaceForms.AddErrors(ModelState, ex.Errors, Input, EventFormAliases.Map);
            return Page();
        }
        catch (StaleVersionRefusal)
        {
            ModelState.AddModelError("", l["Workspace.Stale"]);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostAddRoomAsync(int eventId, CancellationToken ct)
    {
        if (await LoadAsync(eventId, ct) is { } refused) return refused;
        Input = EventForm.From(Event);
        if (!ModelState.IsValid) return Page();
        try
        {
            await editor.AddRoomAsync(eventId, new RoomInput(new(Room.NameEn, Room.NameKo), Room.Capacity), ct);
            Message = l["Workspace.Room.Added"];
            return RedirectToPage(new { eventId });
        }
        catch (DomainValidationException ex)
        {
            foreach (var (field, messages) in ex.Errors)
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError(field switch { "Name" => "Room.NameEn", "Capacity" => "Room.Capacity", _ => "" }, message);
                }
            }
            return Page();
        }
    }

    private async Task<IActionResult?> LoadAsync(int eventId, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().Include(e => e.Venue).ThenInclude(v => v!.Rooms).Include(e => e.Forum)
            .FirstOrDefaultAsync(e => e.Id == eventId, ct);
        if (ev is null) return NotFound();
        if (!await access.IsOrganizerAsync(User, ev.ForumId)) return this.NeedsRole(NeededRole.ForumOrganizer);
        Event = ev;
        Rooms = ev.Venue?.Rooms.OrderBy(r => r.Id).ToList() ?? [];
        return null;
    }
}
