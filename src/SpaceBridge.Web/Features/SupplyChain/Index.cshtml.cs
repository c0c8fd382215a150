using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Programme.Forums;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.SupplyChain;

/// <summary>The supply-chain map of a forum for any signed-in reader (as organization profiles are): matrix, dependency graph, analysis per capability.</summary>
[Authorize]
public sealed class IndexModel(AppDbContext db, ForumAccess access, SupplyChainAnalysis analysis) : PageModel
{
    public Forum Forum { get; private set; } = null!;
    public SupplyChainMap Map { get; private set; } = null!;
    public bool IsOrganizer { get; private set; }
    public Dictionary<string, BilingualText> CountryNames { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int forumId, CancellationToken ct)
    {
        if (await db.Forums.AsNoTracking().FirstOrDefaultAsync(f => f.Id == forumId, ct) is not { } forum) return NotFound();
        Forum = forum;
        IsOrganizer = await access.IsOrganizerAsync(User, forumId);
        Map = await analysis.BuildAsync(forumId, IsOrganizer, ct);
        CountryNames = await db.Countries.AsNoTracking().Where(c => Map.Countries.Contains(c.Code)).ToDictionaryAsync(c => c.Code, c => c.Name, ct);
        return Page();
    }

    public string CountryName(string code) => CountryNames.TryGetValue(code, out var name) ? name.Current : code;
}
