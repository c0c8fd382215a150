using SpaceBridge.Web.Features.Programme.Organizations;

namespace SpaceBridge.Web.Features.SupplyChain;

/// <summary>
/// An organization says, in one forum, that it supplies a capability or depends on one. A dependency names the
/// supplier's country where known; an organization that sources one capability from two countries declares it twice.
/// </summary>
public class SupplyDeclaration
{
    public int Id { get; set; }
    public int ForumId { get; set; }
    public int OrganizationId { get; set; }
    public Organization Organization { get; set; } = null!;
    public int CapabilityId { get; set; }
    public SupplyCapability Capability { get; set; } = null!;
    public SupplyDeclarationKind Kind { get; set; }
    /// <summary>For a dependency, the country its supplier is in (ISO 3166-1 alpha-2); null when unknown and for supplies.</summary>
    public string? SupplierCountryCode { get; set; }
    public DateTime DeclaredAtUtc { get; set; }
}
