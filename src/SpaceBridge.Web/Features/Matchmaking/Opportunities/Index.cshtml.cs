using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Matchmaking.Profiles;
using SpaceBridge.Web.Features.Programme.Forums;
using SpaceBridge.Web.Features.Programme.Organizations;
using SpaceBridge.Web.Infrastructure.Api;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.Matchmaking.Opportunities;

/// <summary>Search and filter a forum's open cooperation opportunities; a plain GET form, so it works without scripts.</summary>
[Authorize]
public sealed class IndexModel(AppDbContext db, OpportunitySearch search, OpportunityEditors editors, ForumAccess access) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Direction { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? Area { get; set; }
    [BindProperty(SupportsGet = true)] public string? Country { get; set; }
    [BindProperty(Name = "page", SupportsGet = true)] public int CurrentPage { get; set; } = 1;

    public Forum Forum { get; private set; } = null!;
    public OpportunityFilter Filter { get; private set; } = new();
    public PagedList<OpportunityListItem> Results { get; private set; } = new([], 1, PageSize, 0);
    public List<Country> Countries { get; private set; } = [];
    public List<(int Id, BilingualText Name)> OwnOrganizations { get; private set; } = [];
    public bool IsOrganizer { get; private set; }
    public HashSet<int> Editable { get; private set; } = [];

    public int PageCount => Math.Max(1, (Results.TotalCount + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync(int forumId, CancellationToken ct)
    {
        var forum = await db.Forums.AsNoTracking().FirstOrDefaultAsync(f => f.Id == forumId, ct);
        if (forum is null)
        {
            return NotFound();
        }
        Forum = forum;
        // The page forgives what a hand-edited URL gets wrong (unknown values mean "any"); the API reports them.
        Filter = new OpportunityFilter(
            string.IsNullOrWhiteSpace(Q) ? null : Q.Trim()[..Math.Min(Q.Trim().Length, OpportunityFilter.MaxQueryLength)],
            OpportunityFilter.ParseEnum<OpportunityDirection>("direction", Direction, null),
            OpportunityFilter.ParseEnum<OpportunityKind>("kind", Kind, null),
            OpportunityFilter.ParseEnum<CapabilityArea>("area", Area, null),
            CountryFilter.Parse(Country, new QueryErrors()));
        CurrentPage = Math.Max(1, CurrentPage);
        Results = await search.SearchAsync(forumId, Filter, new PageRequest(CurrentPage, PageSize), ct);
        var codes = await db.Opportunities.AsNoTracking().Where(o => o.ForumId == forumId && o.IsOpen)
            .Select(o => o.Organization.CountryCode).Distinct().ToListAsync(ct);
        Countries = await db.Countries.AsNoTracking().Where(c => codes.Contains(c.Code)).OrderBy(c => c.Code).ToListAsync(ct);

        IsOrganizer = await access.IsOrganizerAsync(User, forumId);
        var own = await editors.OwnOrganizationsAsync(User, forumId, ct);
        OwnOrganizations = (await db.Organizations.AsNoTracking().Where(o => own.Contains(o.Id)).Select(o => new { o.Id, o.Name }).ToListAsync(ct))
            .Select(o => (o.Id, o.Name)).ToList();
        Editable = IsOrganizer ? [.. Results.Items.Select(i => i.Id)] : [.. Results.Items.Where(i => own.Contains(i.OrganizationId)).Select(i => i.Id)];
        return Page();
    }

    /// <summary>This search's URL on another page of results.</summary>
    public string PageHref(int page)
    {
        var query = new Dictionary<string, string?>
        {
            ["q"] = Filter.Q, ["direction"] = Filter.Direction?.ToString(), ["kind"] = Filter.Kind?.ToString(),
            ["area"] = Filter.Area?.ToString(), ["country"] = Filter.Country, ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString($"/forums/{Forum.Id}/opportunities",
            query.Where(p => !string.IsNullOrEmpty(p.Value)));
    }
}
