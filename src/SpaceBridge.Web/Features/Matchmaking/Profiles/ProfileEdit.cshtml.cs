using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Matchmaking.Opportunities;
using SpaceBridge.Web.Features.Programme.Organizations;
using SpaceBridge.Web.Infrastructure.Audit;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Localization;
using SpaceBridge.Web.Features.Accounts;

namespace SpaceBridge.Web.Features.Matchmaking.Profiles;

/// <summary>Write an organization's matchmaking profile in a forum (created on first save).</summary>
[Authorize]
public sealed class ProfileEditModel(AppDbContext db, OpportunityEditors editors, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty] public ProfileInput Input { get; set; } = new();
    public Organization Organization { get; private set; } = null!;
    public int ForumId { get; private set; }
    public Dictionary<string, BilingualText> Topics { get; private set; } = [];
    private OrganizationProfile? _profile;

    public async Task<IActionResult> OnGetAsync(int forumId, int organizationId, CancellationToken ct)
    {
        if (await GateAsync(forumId, organizationId, ct) is { } refused) return refused;
        if (_profile is not null) Input = ProfileInput.From(_profile);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int forumId, int organizationId, CancellationToken ct)
    {
        if (await GateAsync(forumId, organizationId, ct) is { } refused) return refused;
        if (!OpportunityForms.Accept(ModelState, ProfileRules.Check(Input.ToDraft(), Topics.Keys.ToHashSet()), l)) return Page();
        var profile = _profile ?? db.OrganizationProfiles.Add(new OrganizationProfile { ForumId = forumId, OrganizationId = organizationId }).Entity;
        ProfileRules.Apply(Input.ToDraft(), profile, clock.GetUtcNow().UtcDateTime);
        audit.Record(User, "profile.edit", $"organization:{organizationId}", null, forumId);
        await db.SaveChangesAsync(ct);
        return Redirect($"/forums/{forumId}/organizations/{organizationId}/profile");
    }

    private async Task<IActionResult?> GateAsync(int forumId, int organizationId, CancellationToken ct)
    {
        var org = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == organizationId, ct);
        if (org is null || !await db.Forums.AnyAsync(f => f.Id == forumId, ct)) return NotFound();
        (Organization, ForumId) = (org, forumId);
        if (!await editors.CanEditAsync(User, forumId, organizationId, ct)) return this.NeedsRole(NeededRole.OrganizationDelegate);
        _profile = await db.OrganizationProfiles.FirstOrDefaultAsync(p => p.ForumId == forumId && p.OrganizationId == organizationId, ct);
        Topics = await ProfileTopics.NamesAsync(db, forumId, ct);
        return null;
    }
}
