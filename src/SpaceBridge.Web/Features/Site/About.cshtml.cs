using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Site;

/// <summary>Where the published content comes from, its licence, and what was written for the site.</summary>
public sealed class AboutModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<string> Credits { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Credits = await db.Forums.AsNoTracking()
            .Where(f => f.SourceCredit != null)
            .OrderBy(f => f.Id)
            .Select(f => f.SourceCredit!)
            .ToListAsync(cancellationToken);
}
