using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Localization;
using SpaceBridge.Web.Features.Programme.Organizations;

namespace SpaceBridge.Web.Features.Registrations;

/// <summary>The signed-in user's registrations (and those they submitted for their delegation), with cancel.</summary>
[Authorize]
public sealed class MineModel(AppDbContext db, Registrar registrar, ForumAccess access, RegistrationOwnership ownership) : PageModel
{
    public sealed record Row(int Id, int EventId, BilingualText EventName, string Name, RegistrationStatus Status, bool Own,
        int ForumId = 0, int? OrganizationId = null, BilingualText? OrganizationName = null);
    public sealed record EventLink(int Id, BilingualText Name, bool Organizer);

    public List<Row> Registrations { get; private set; } = [];
    public List<EventLink> Events { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await ownership.ClaimAsync(User, ct);
        var userId = ForumAccess.UserId(User);
        Registrations = await db.Registrations.AsNoTracking().Where(r => r.UserId == userId || r.SubmittedByUserId == userId)
            .OrderBy(r => r.EventId).ThenBy(r => r.UserId != userId).ThenBy(r => r.RomanizedName)
            .Select(r => new Row(r.Id, r.EventId, r.Event.Name, r.RomanizedName, r.Status, r.UserId == userId, r.Event.ForumId,
                r.Organization != null && r.Organization.Status == OrganizationStatus.Approved ? r.OrganizationId : null,
                r.Organization != null ? r.Organization.Name : null))
            .ToListAsync(ct);
        var events = await db.Events.AsNoTracking().OrderBy(e => e.StartDate).Select(e => new { e.Id, e.Name }).ToListAsync(ct);
        foreach (var e in events)
        {
            Events.Add(new EventLink(e.Id, e.Name, await access.IsEventOrganizerAsync(User, e.Id)));
        }
    }

    public async Task<IActionResult> OnPostCancelAsync(int registrationId, CancellationToken ct)
    {
        await ownership.ClaimAsync(User, ct);
        await registrar.CancelAsync(registrationId, User, ct);
        return RedirectToPage();
    }
}
