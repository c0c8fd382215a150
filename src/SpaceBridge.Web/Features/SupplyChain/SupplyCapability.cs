using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.SupplyChain;

/// <summary>One entry of a forum's supply-chain taxonomy (launch, star trackers, propellants, ...), named in both languages.</summary>
public class SupplyCapability
{
    public int Id { get; set; }
    public int ForumId { get; set; }
    /// <summary>Stable key within the forum (lower-case letters, digits and hyphens), used by the API and the demo data.</summary>
    public required string Key { get; set; }
    public BilingualText Name { get; set; } = new();
    public int SortOrder { get; set; }
    /// <summary>Optimistic concurrency: the edit form carries the version it read.</summary>
    public int Version { get; set; }
}
