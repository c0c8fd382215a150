using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Shared;

public static class SiteFooter
{
    /// <summary>The source credit of the published forum, shown on every page as its licence asks.</summary>
    public static Task<string?> SourceCreditAsync(AppDbContext db, CancellationToken cancellationToken) =>
        db.Forums.AsNoTracking()
            .Where(f => f.SourceCredit != null)
            .OrderBy(f => f.Id)
            .Select(f => f.SourceCredit)
            .FirstOrDefaultAsync(cancellationToken);
}
