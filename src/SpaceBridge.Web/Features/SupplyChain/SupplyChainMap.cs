using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.SupplyChain;

/// <summary>
/// The supply-chain analysis of a forum. Counts of dependencies are null ("fewer than 5") for readers other than the
/// organizers, and only organizers see which organizations depend on what.
/// </summary>
public sealed record SupplyChainMap(int ForumId, bool Exact, IReadOnlyList<string> Countries, IReadOnlyList<CapabilityAnalysis> Capabilities)
{
    public IEnumerable<(CapabilityAnalysis Capability, FlaggedDependency Dependency)> Flagged =>
        Capabilities.SelectMany(c => c.Flagged.Select(f => (c, f)));
}

/// <param name="Suppliers">Organizations of the forum that supply the capability, counted by their country.</param>
/// <param name="Sourcing">Declared dependencies counted by the supplier's country (where known).</param>
/// <param name="Hhi">Herfindahl-Hirschman index of the sourcing countries' shares (0-10,000); null with no known sourcing.</param>
public sealed record CapabilityAnalysis(
    int Id, string Key, BilingualText Name,
    IReadOnlyList<CountryCount> Suppliers,
    IReadOnlyList<CountryFigure> Sourcing,
    int? Dependents,
    int? Hhi,
    IReadOnlyList<FlaggedDependency> Flagged)
{
    /// <summary>The usual reading of the index: above 2,500 highly concentrated, 1,500-2,500 moderately.</summary>
    public string Concentration => Hhi switch
    {
        null => "Unknown",
        > 2500 => "High",
        >= 1500 => "Moderate",
        _ => "Low",
    };

    public int SuppliersIn(string country) => Suppliers.FirstOrDefault(s => s.CountryCode == country)?.Count ?? 0;
}

public sealed record CountryCount(string CountryCode, int Count);

/// <summary>A count that may be hidden: null stands for "fewer than 5".</summary>
public sealed record CountryFigure(string CountryCode, int? Count);

/// <summary>Organizations that source a capability from one country only, and who could supply it from elsewhere.</summary>
public sealed record FlaggedDependency(
    string SupplierCountryCode,
    int? Dependents,
    IReadOnlyList<OrganizationRef>? DependentOrganizations,
    IReadOnlyList<Alternative> Alternatives);

public sealed record OrganizationRef(int Id, BilingualText Name, string CountryCode);

/// <summary>A supplier in a partner country, with the page to ask it for a meeting and its profile (open opportunities).</summary>
public sealed record Alternative(int OrganizationId, BilingualText Name, string CountryCode, string ProfileUrl, string? MeetingRequestUrl);
