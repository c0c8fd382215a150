using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Features.Shared.Forms;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Features.Registrations.Delegations;

/// <summary>A head of delegation creates their delegation for an event and registers its members (who need no account).</summary>
[Authorize]
public sealed class DelegationModel(AppDbContext db, DelegationRegistry registry) : PageModel
{
    public sealed class CreateInput
    {
        [RequiredInForm] public string? Name { get; set; }
        public DelegationKind Kind { get; set; } = DelegationKind.Government;
        [RequiredInForm] public string? CountryCode { get; set; }
        public int? OrganizationId { get; set; }
    }

    public sealed class MemberInput
    {
        [RequiredInForm] public string? Email { get; set; }
        public int? ProtocolRank { get; set; }
        public RegistrationInput Details { get; set; } = new() { ConsentToProcessing = false };
    }

    [BindProperty] public CreateInput Create { get; set; } = new();
    [BindProperty] public MemberInput Member { get; set; } = new();
    public Event Event { get; private set; } = null!;
    public Delegation? Delegation { get; private set; }
    public List<SelectListItem> Countries { get; private set; } = [];
    public List<SelectListItem> Organizations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCreateAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        try
        {
            await registry.CreateAsync(id, User, new DelegationDetails(Create.Name ?? "", Create.Kind, Create.CountryCode ?? "", Create.OrganizationId), ct);
            return RedirectToPage(new { id });
        }
        catch (DomainValidationException ex)
        {
            FormOptions.AddErrors(ModelState, ex, nameof(Create));
            return Page();
        }
    }

    public async Task<IActionResult> OnPostMemberAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Delegation is null) return RedirectToPage(new { id });
        try
        {
            await registry.AddMemberAsync(Delegation.Id, User, Member.Email ?? "", Member.Details.ToDetails(), Member.ProtocolRank, ct);
            return RedirectToPage(new { id });
        }
        catch (DomainValidationException ex)
        {
            foreach (var (field, messages) in ex.Errors)
            {
                foreach (var m in messages)
                    ModelState.AddModelError(field is "Email" or "ProtocolRank" ? $"Member.{field}" : $"Member.Details.{field}", m);
            }
            return Page();
        }
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct);
        if (ev is null) return false;
        Event = ev;
        Delegation = await registry.HeadedByAsync(id, ForumAccess.UserId(User)!, ct);
        Countries = await FormOptions.CountriesAsync(db, ct);
        var orgs = await db.Organizations.AsNoTracking().ToListAsync(ct);
        Organizations = orgs.Select(o => new SelectListItem(o.Name.Current, o.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .OrderBy(o => o.Text).ToList();
        return true;
    }
}
