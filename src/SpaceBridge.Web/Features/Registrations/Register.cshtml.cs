using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Features.Programme.Organizations;
using SpaceBridge.Web.Features.Registrations.Organizations;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Features.Registrations;

/// <summary>A signed-in user registers for an event, prefilled from their account.</summary>
[Authorize]
public sealed class RegisterModel(AppDbContext db, Registrar registrar, RegistrationOwnership ownership, ForumAccess access, TimeProvider clock,
    OrganizationProposals proposals) : PageModel
{
    /// <summary>Whether the event's registration window is open now; outside it the page says when it opens or that it closed.</summary>
    public RegistrationWindowState Window { get; private set; }

    [BindProperty] public RegistrationInput Input { get; set; } = new();
    public Event Event { get; private set; } = null!;
    public string Email { get; private set; } = "";
    public List<SelectListItem> Countries { get; private set; } = [];
    public int? ExistingRegistrationId { get; private set; }
    /// <summary>Approved organizations matching the search, and the chosen one.</summary>
    public List<Organization> SearchResults { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var userId = ForumAccess.UserId(User);
        var user = await db.Users.AsNoTracking().Include(u => u.Person).ThenInclude(p => p!.Organization).FirstAsync(u => u.Id == userId, ct);
        Input = new RegistrationInput
        {
            HangulName = user.Person?.HangulName,
            RomanizedName = user.Person?.RomanizedName ?? user.DisplayName,
            OrganizationName = user.Person?.Organization?.Name.Current,
            CountryCode = user.Person?.Organization?.CountryCode,
            Position = user.Person?.Position.Current is { Length: > 0 } position ? position : null,
            InterpreterLanguage = user.PreferredCulture,
            OrganizationChoice = user.Person?.Organization is { Status: OrganizationStatus.Approved } own ? own.Id.ToString() : null,
        };
        await LoadOrganizationsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (ExistingRegistrationId is not null || Window != RegistrationWindowState.Open) return Page();
        try
        {
            await registrar.SubmitAsync(id, new Registrant(Email, ForumAccess.UserId(User), ForumAccess.UserId(User)), Input.ToDetails(), ct);
            return RedirectToPage("/Registrations/Mine", new { registered = id });
        }
        catch (DomainValidationException ex)
        {
            FormOptions.AddErrors(ModelState, ex, nameof(Input));
            await LoadOrganizationsAsync(ct);
            return Page();
        }
        catch (RegistrationWindowRefusal refusal)
        {
            Window = refusal.State;
            return Page();
        }
    }

    /// <summary>Search the organization list without submitting: the form comes back as typed, with the matches to choose from.</summary>
    public async Task<IActionResult> OnPostSearchAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        ModelState.Clear();
        await LoadOrganizationsAsync(ct);
        return Page();
    }

    private async Task LoadOrganizationsAsync(CancellationToken ct)
    {
        SearchResults = await proposals.SearchAsync(Input.OrganizationSearch, 20, ct);
        if (int.TryParse(Input.OrganizationChoice, out var chosen) && SearchResults.All(o => o.Id != chosen)
            && await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == chosen && o.Status == OrganizationStatus.Approved, ct) is { } organization)
        {
            SearchResults.Insert(0, organization);
        }
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct);
        if (ev is null || (!ev.Published && !await access.IsOrganizerAsync(User, ev.ForumId))) return false;
        Event = ev;
        Window = ev.RegistrationStateAt(clock.GetUtcNow().UtcDateTime);
        var userId = ForumAccess.UserId(User);
        Email = await db.Users.Where(u => u.Id == userId).Select(u => u.Email).FirstOrDefaultAsync(ct) ?? "";
        var normalized = RegistrationRules.NormalizeEmail(Email);
        await ownership.ClaimAsync(User, ct);
        // A cancelled registration of one's own does not stop registering again.
        ExistingRegistrationId = await db.Registrations
            .Where(r => r.EventId == id && (r.UserId == userId || r.Email == normalized) && !(r.UserId == userId && r.Status == RegistrationStatus.Cancelled))
            .Select(r => (int?)r.Id).FirstOrDefaultAsync(ct);
        Countries = await FormOptions.CountriesAsync(db, ct);
        return true;
    }
}
