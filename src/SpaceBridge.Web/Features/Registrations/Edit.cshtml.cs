using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Features.Registrations;

/// <summary>The registrant changes their own registration while the event takes registrations.</summary>
[Authorize]
public sealed class EditModel(AppDbContext db, Registrar registrar, TimeProvider clock) : PageModel
{
    [BindProperty] public RegistrationInput Input { get; set; } = new();
    [BindProperty] public int Version { get; set; }
    public Registration Registration { get; private set; } = null!;
    public List<SelectListItem> Countries { get; private set; } = [];
    public bool Open { get; private set; }
    public bool TypeChangeable { get; private set; }

    public async Task<IActionResult> OnGetAsync(int registrationId, CancellationToken ct)
    {
        if (!await LoadAsync(registrationId, ct)) return NotFound();
        var r = Registration;
        Input = new RegistrationInput
        {
            HangulName = r.HangulName, RomanizedName = r.RomanizedName, OrganizationName = r.OrganizationName, CountryCode = r.CountryCode,
            Position = r.Position, ParticipantType = r.ParticipantType, DietaryNeeds = r.DietaryNeeds, AccessibilityNeeds = r.AccessibilityNeeds,
            NeedsInterpreter = r.NeedsInterpreter, InterpreterLanguage = r.InterpreterLanguage, MeetingLanguages = [.. r.MeetingLanguages], ConsentToDirectory = r.ConsentToDirectory,
            OrganizationChoice = r.OrganizationId?.ToString(),
        };
        Version = r.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int registrationId, CancellationToken ct)
    {
        if (!await LoadAsync(registrationId, ct)) return NotFound();
        if (!Open) return Page();
        Input.ConsentToProcessing = true;
        Input.OrganizationChoice = Input.OrganizationName == Registration.OrganizationName ? Registration.OrganizationId?.ToString() : null;
        try
        {
            await registrar.ChangeAsync(registrationId, Version, Input.ToDetails() with { NewOrganization = null }, User, ct);
            return RedirectToPage("/Registrations/Mine", new { changed = registrationId });
        }
        catch (DomainValidationException ex)
        {
            FormOptions.AddErrors(ModelState, ex, nameof(Input));
            foreach (var (field, messages) in ex.Errors.Where(e => e.Key == "Registration"))
            {
                foreach (var message in messages) ModelState.AddModelError("", message);
            }
            return Page();
        }
    }

    private async Task<bool> LoadAsync(int registrationId, CancellationToken ct)
    {
        var userId = ForumAccess.UserId(User);
        var r = await db.Registrations.AsNoTracking().Include(x => x.Event).FirstOrDefaultAsync(x => x.Id == registrationId && x.UserId == userId, ct);
        if (r is null) return false;
        Registration = r;
        Open = RegistrationRules.CanChange(r, r.Event, clock.GetUtcNow().UtcDateTime);
        TypeChangeable = RegistrationRules.CanChangeType(r);
        Countries = await FormOptions.CountriesAsync(db, ct);
        return true;
    }
}
