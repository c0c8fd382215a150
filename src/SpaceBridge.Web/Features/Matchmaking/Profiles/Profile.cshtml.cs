using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Matchmaking.Opportunities;
using SpaceBridge.Web.Features.Programme.Forums;
using SpaceBridge.Web.Features.Programme.Organizations;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.Matchmaking.Profiles;

/// <summary>An organization's matchmaking profile in a forum, for signed-in users; export-control cautions always shown.</summary>
[Authorize]
public sealed class ProfileModel(AppDbContext db, OpportunityEditors editors) : PageModel
{
    public Forum Forum { get; private set; } = null!;
    public Organization Organization { get; private set; } = null!;
    public OrganizationProfile? Profile { get; private set; }
    public List<Opportunity> Opportunities { get; private set; } = [];
    public Dictionary<string, BilingualText> TopicNames { get; private set; } = [];
    /// <summary>The caller may edit this profile and its opportunities.</summary>
    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(int forumId, int organizationId, CancellationToken ct)
    {
        var forum = await db.Forums.AsNoTracking().FirstOrDefaultAsync(f => f.Id == forumId, ct);
        var org = await db.Organizations.AsNoTracking().Include(o => o.Country).FirstOrDefaultAsync(o => o.Id == organizationId, ct);
        if (forum is null || org is null)
        {
            return NotFound();
        }
        (Forum, Organization) = (forum, org);
        Profile = await db.OrganizationProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.ForumId == forumId && p.OrganizationId == organizationId, ct);
        Opportunities = await db.Opportunities.AsNoTracking()
            .Where(o => o.ForumId == forumId && o.OrganizationId == organizationId && o.IsOpen).OrderBy(o => o.Id).ToListAsync(ct);
        TopicNames = await ProfileTopics.NamesAsync(db, forumId, ct);
        CanEdit = await editors.CanEditAsync(User, forumId, organizationId, ct);
        return Page();
    }
}
