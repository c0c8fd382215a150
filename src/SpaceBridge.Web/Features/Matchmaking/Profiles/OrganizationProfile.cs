using SpaceBridge.Web.Features.Programme.Forums;
using SpaceBridge.Web.Features.Programme.Organizations;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.Matchmaking.Profiles;

/// <summary>What an organization brings to a forum's matchmaking and what it looks for.</summary>
public class OrganizationProfile
{
    public int Id { get; set; }
    public int ForumId { get; set; }
    public Forum Forum { get; set; } = null!;
    public int OrganizationId { get; set; }
    public Organization Organization { get; set; } = null!;
    public BilingualText Description { get; set; } = new();
    public List<CapabilityArea> Capabilities { get; set; } = [];
    /// <summary>Capability areas in which the organization looks for partners.</summary>
    public List<CapabilityArea> Needs { get; set; } = [];
    /// <summary>Slugs of the symposium topics the organization cares about.</summary>
    public List<string> TopicSlugs { get; set; } = [];
    public BilingualText LooksFor { get; set; } = new();
    /// <summary>Involves items controlled under ITAR or EAR: shown to counterparts as a caution, never hidden.</summary>
    public bool InvolvesUsExportControlledItems { get; set; }
    /// <summary>Involves Korean strategic items (Foreign Trade Act): shown to counterparts as a caution.</summary>
    public bool InvolvesKoreanStrategicItems { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
}
