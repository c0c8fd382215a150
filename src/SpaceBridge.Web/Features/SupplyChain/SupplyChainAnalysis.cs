using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Features.Shared;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.SupplyChain;

/// <summary>
/// Reads a forum's declarations into the analysis per capability: who supplies it from where, where the dependents
/// source it, how concentrated that is, which dependencies rest on one country, and who in another country could
/// supply instead.
/// </summary>
public sealed class SupplyChainAnalysis(AppDbContext db)
{
    private sealed record Row(int OrganizationId, BilingualText Name, string OrgCountry, int CapabilityId, SupplyDeclarationKind Kind, string? SupplierCountry);

    /// <param name="exact">The reader is an organizer: exact counts and the dependents' names.</param>
    public async Task<SupplyChainMap> BuildAsync(int forumId, bool exact, CancellationToken ct)
    {
        var capabilities = await db.Set<SupplyCapability>().AsNoTracking().Where(c => c.ForumId == forumId)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Id).ToListAsync(ct);
        var rows = await db.Set<SupplyDeclaration>().AsNoTracking().Where(d => d.ForumId == forumId)
            .Select(d => new Row(d.OrganizationId, d.Organization.Name, d.Organization.CountryCode, d.CapabilityId, d.Kind, d.SupplierCountryCode))
            .ToListAsync(ct);
        var contacts = await ContactsAsync(forumId, rows.Where(r => r.Kind == SupplyDeclarationKind.Supplies).Select(r => r.OrganizationId).Distinct().ToList(), ct);

        var analyses = capabilities.Select(c => Analyse(forumId, c, rows.Where(r => r.CapabilityId == c.Id).ToList(), contacts, exact)).ToList();
        var countries = rows.Select(r => r.Kind == SupplyDeclarationKind.Supplies ? r.OrgCountry : r.SupplierCountry)
            .OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        return new SupplyChainMap(forumId, exact, countries, analyses);
    }

    /// <summary>The Herfindahl-Hirschman index of the given counts: the sum of squared percentage shares, 0-10,000.</summary>
    public static int? Hhi(IEnumerable<int> counts)
    {
        var list = counts.Where(c => c > 0).ToList();
        var total = list.Sum();
        if (total == 0) return null;
        return (int)Math.Round(list.Sum(c => Math.Pow(100.0 * c / total, 2)));
    }

    private static CapabilityAnalysis Analyse(int forumId, SupplyCapability capability, List<Row> rows,
        Dictionary<int, (int EventId, int RegistrationId)> contacts, bool exact)
    {
        var supplierRows = rows.Where(r => r.Kind == SupplyDeclarationKind.Supplies).DistinctBy(r => r.OrganizationId).ToList();
        var suppliers = supplierRows.GroupBy(r => r.OrgCountry).Select(g => new CountryCount(g.Key, g.Count()))
            .OrderByDescending(s => s.Count).ThenBy(s => s.CountryCode, StringComparer.Ordinal).ToList();
        var dependencies = rows.Where(r => r.Kind == SupplyDeclarationKind.DependsOn).ToList();
        var known = dependencies.Where(r => r.SupplierCountry is not null).ToList();
        var sourcing = known.GroupBy(r => r.SupplierCountry!).Select(g => (Country: g.Key, Count: g.Count()))
            .OrderByDescending(s => s.Count).ThenBy(s => s.Country, StringComparer.Ordinal).ToList();

        // A dependent whose every known supplier of this capability is in one country rests on that country alone.
        var flagged = known.GroupBy(r => r.OrganizationId)
            .Select(g => (Org: g.First(), Countries: g.Select(r => r.SupplierCountry!).Distinct().ToList()))
            .Where(x => x.Countries.Count == 1)
            .GroupBy(x => x.Countries[0])
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var dependents = g.Select(x => x.Org.OrganizationId).ToHashSet();
                var alternatives = supplierRows.Where(s => s.OrgCountry != g.Key && !dependents.Contains(s.OrganizationId))
                    .OrderBy(s => s.OrgCountry, StringComparer.Ordinal).ThenBy(s => s.Name.En ?? s.Name.Ko, StringComparer.Ordinal)
                    .Select(s => new Alternative(s.OrganizationId, s.Name, s.OrgCountry, $"/forums/{forumId}/organizations/{s.OrganizationId}/profile",
                        contacts.TryGetValue(s.OrganizationId, out var c) ? $"/events/{c.EventId}/meetings/request?to={c.RegistrationId}" : null))
                    .ToList();
                var names = exact
                    ? g.Select(x => new OrganizationRef(x.Org.OrganizationId, x.Org.Name, x.Org.OrgCountry)).OrderBy(o => o.Name.En ?? o.Name.Ko, StringComparer.Ordinal).ToList()
                    : null;
                return new FlaggedDependency(g.Key, SmallCount.Visible(g.Count(), exact), names, alternatives);
            }).ToList();

        return new CapabilityAnalysis(capability.Id, capability.Key, capability.Name, suppliers,
            sourcing.Select(s => new CountryFigure(s.Country, SmallCount.Visible(s.Count, exact))).ToList(),
            SmallCount.Visible(dependencies.Select(d => d.OrganizationId).Distinct().Count(), exact),
            Hhi(sourcing.Select(s => s.Count)), flagged);
    }

    /// <summary>For each organization, one approved registration at one of the forum's events: whom a meeting request goes to.</summary>
    private async Task<Dictionary<int, (int EventId, int RegistrationId)>> ContactsAsync(int forumId, List<int> organizationIds, CancellationToken ct)
    {
        var registrations = await db.Registrations.AsNoTracking()
            .Where(r => r.Event.ForumId == forumId && r.Status == RegistrationStatus.Approved && r.OrganizationId != null && organizationIds.Contains(r.OrganizationId.Value))
            .OrderBy(r => r.EventId).ThenBy(r => r.Id)
            .Select(r => new { OrganizationId = r.OrganizationId!.Value, r.EventId, r.Id }).ToListAsync(ct);
        return registrations.GroupBy(r => r.OrganizationId).ToDictionary(g => g.Key, g => (g.First().EventId, g.First().Id));
    }
}
