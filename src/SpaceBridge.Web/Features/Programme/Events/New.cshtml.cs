using SpaceBridge.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Programme.Editing;
using SpaceBridge.Web.Features.Programme.Forums;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Features.Programme.Events;

/// <summary>An organizer creates an event of their forum, a draft until they publish it.</summary>
[Authorize]
public sealed class NewModel(AppDbContext db, ForumAccess access, EventEditor editor) : PageModel
{
    [BindProperty] public EventForm Input { get; set; } = new();
    public Forum Forum { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int forumId, CancellationToken ct)
    {
        if (await LoadAsync(forumId, ct) is { } refused) return refused;
        Input = new EventForm { TimeZone = Forum.TimeZoneId, VenueCity = Forum.City };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int forumId, CancellationToken ct)
    {
        if (await LoadAsync(forumId, ct) is { } refused) return refused;
        if (!ModelState.IsValid) return Page();
        try
        {
            var ev = await editor.CreateAsync(forumId, Input.ToInput(), ct);
            return Redirect($"/organizer/events/{ev.Id}/edit");
        }
        catch (DomainValidationException ex)
        {
            WorkspaceForms.AddErrors(ModelState, ex.Errors, Input, EventFormAliases.Map);
            return Page();
        }
    }

    private async Task<IActionResult?> LoadAsync(int forumId, CancellationToken ct)
    {
        var forum = await db.Forums.AsNoTracking().FirstOrDefaultAsync(f => f.Id == forumId, ct);
        if (forum is null) return NotFound();
        if (!await access.IsOrganizerAsync(User, forumId)) return this.NeedsRole(NeededRole.ForumOrganizer);
        Forum = forum;
        return null;
    }
}

/// <summary>How the event editor's field names map onto the form's.</summary>
public static class EventFormAliases
{
    public static readonly IReadOnlyDictionary<string, string> Map = new Dictionary<string, string>
    {
        ["RegistrationOpensAt"] = nameof(EventForm.RegistrationOpens),
        ["RegistrationClosesAt"] = nameof(EventForm.RegistrationCloses),
        ["Venue.Name"] = nameof(EventForm.VenueNameEn),
        ["Venue.Address"] = nameof(EventForm.VenueAddressEn),
        ["Venue.City"] = nameof(EventForm.VenueCity),
        ["Venue"] = nameof(EventForm.VenueNameEn),
    };
}
