using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Features.Programme.Organizations;
using SpaceBridge.Web.Infrastructure.Api;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Exhibition;

/// <summary>The public exhibition of an event: the hall plan (SVG and its table) and the exhibitor directory, searchable.</summary>
public sealed class ExhibitionModel(AppDbContext db, IStringLocalizer<SharedResource> l) : PageModel
{
    [FromRoute] public int EventId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Search { get; set; }
    [BindProperty(SupportsGet = true)] public string? Country { get; set; }

    public Event Event { get; private set; } = null!;
    public HallPlanView? Plan { get; private set; }
    public List<Exhibitor> Exhibitors { get; private set; } = [];
    public List<Country> Countries { get; private set; } = [];
    public int Total { get; private set; }
    public bool Filtered => !string.IsNullOrWhiteSpace(Search) || Country is not null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await EventLookup.FindAsync(db, EventId, ct) is not { } ev)
        {
            return NotFound();
        }
        Event = ev;
        if (Search?.Length > ExhibitorDirectory.SearchMaxLength)
        {
            Search = Search[..ExhibitorDirectory.SearchMaxLength];
        }
        var errors = new QueryErrors();
        var countryCode = CountryFilter.Parse(Country, errors);
        Country = countryCode;
        Exhibitors = await ExhibitorDirectory.Query(db, EventId, Search, countryCode).ToListAsync(ct);
        Total = await db.Exhibitors.CountAsync(e => e.EventId == EventId, ct);
        Countries = await db.Countries.AsNoTracking()
            .Where(c => db.Exhibitors.Any(e => e.EventId == EventId && e.Organization.CountryCode == c.Code))
            .OrderBy(c => c.Code).ToListAsync(ct);
        var plan = await db.HallPlans.AsNoTracking().Include(h => h.Booths).ThenInclude(b => b.Exhibitor!).ThenInclude(e => e.Organization)
            .FirstOrDefaultAsync(h => h.EventId == EventId, ct);
        if (plan is not null)
        {
            Plan = ToView(plan, "hall-plan", l["Exhibition.Plan.Title", ev.Name.Current], l);
        }
        return Page();
    }

    public static HallPlanView ToView(HallPlan plan, string id, string title, IStringLocalizer<SharedResource> l)
    {
        var booths = plan.Booths.OrderBy(b => b.Code, StringComparer.Ordinal).Select(b => new HallPlanView.BoothShape(
            b.Id, b.Code, b.X, b.Y, b.Width, b.Height,
            b.Exhibitor is { } e ? l["Exhibition.Plan.BoothOf", b.Code, e.Organization.Name.Current] : l["Exhibition.Plan.BoothFree", b.Code],
            b.ExhibitorId)).ToList();
        var description = l["Exhibition.Plan.Description", plan.Width, plan.Height, booths.Count, booths.Count(b => b.ExhibitorId is not null)];
        return new HallPlanView(id, plan.Width, plan.Height, booths, title, description);
    }
}
