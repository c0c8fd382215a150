using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Infrastructure.Api;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Matchmaking.Opportunities;

/// <summary>
/// Full-text search and filters over a forum's open opportunities, newest first. The text match is a LIKE on
/// lower-cased columns, which both SQLite and PostgreSQL translate the same way (no provider-specific full-text index).
/// </summary>
public sealed class OpportunitySearch(AppDbContext db)
{
    public async Task<PagedList<OpportunityListItem>> SearchAsync(int forumId, OpportunityFilter filter, PageRequest page, CancellationToken ct)
    {
        var query = db.Opportunities.AsNoTracking().Where(o => o.ForumId == forumId && o.IsOpen);
        foreach (var token in SearchTokens.Of(filter.Q))
        {
            var pattern = SearchTokens.ContainsPattern(token);
            query = query.Where(o =>
                EF.Functions.Like(o.Title.En!.ToLower(), pattern, "\\") ||
                EF.Functions.Like(o.Title.Ko!.ToLower(), pattern, "\\") ||
                EF.Functions.Like(o.Description.En!.ToLower(), pattern, "\\") ||
                EF.Functions.Like(o.Description.Ko!.ToLower(), pattern, "\\"));
        }
        if (filter.Direction is { } direction) query = query.Where(o => o.Direction == direction);
        if (filter.Kind is { } kind) query = query.Where(o => o.Kind == kind);
        if (filter.Area is { } area) query = query.Where(o => o.Areas.Contains(area));
        if (filter.Country is { } country) query = query.Where(o => o.Organization.CountryCode == country);

        var ordered = query.OrderByDescending(o => o.CreatedAtUtc).ThenByDescending(o => o.Id)
            .Select(o => new OpportunityListItem(o.Id, o.OrganizationId, o.Organization.Name, o.Organization.CountryCode,
                o.Organization.Country.Name, o.Direction, o.Kind, o.Title, o.Description, o.Areas, o.CreatedAtUtc, false, false));
        var result = await page.ToPageAsync(ordered, item => item, ct);
        return result with { Items = await WithCautionsAsync(forumId, result.Items, ct) };
    }

    /// <summary>Adds each organization's export-control flags from its profile in this forum (none without a profile).</summary>
    private async Task<IReadOnlyList<OpportunityListItem>> WithCautionsAsync(int forumId, IReadOnlyList<OpportunityListItem> items, CancellationToken ct)
    {
        var organizationIds = items.Select(i => i.OrganizationId).Distinct().ToList();
        var flags = await db.OrganizationProfiles.AsNoTracking()
            .Where(p => p.ForumId == forumId && organizationIds.Contains(p.OrganizationId))
            .Select(p => new { p.OrganizationId, p.InvolvesUsExportControlledItems, p.InvolvesKoreanStrategicItems })
            .ToDictionaryAsync(p => p.OrganizationId, ct);
        return [.. items.Select(i => flags.TryGetValue(i.OrganizationId, out var f)
            ? i with { InvolvesUsExportControlledItems = f.InvolvesUsExportControlledItems, InvolvesKoreanStrategicItems = f.InvolvesKoreanStrategicItems }
            : i)];
    }
}
