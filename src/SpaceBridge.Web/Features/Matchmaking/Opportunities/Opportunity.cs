using SpaceBridge.Web.Features.Matchmaking.Profiles;
using SpaceBridge.Web.Features.Programme.Forums;
using SpaceBridge.Web.Features.Programme.Organizations;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.Matchmaking.Opportunities;

/// <summary>A cooperation offer or request an organization publishes in a forum.</summary>
public class Opportunity
{
    public int Id { get; set; }
    public int ForumId { get; set; }
    public Forum Forum { get; set; } = null!;
    public int OrganizationId { get; set; }
    public Organization Organization { get; set; } = null!;
    public OpportunityDirection Direction { get; set; }
    public OpportunityKind Kind { get; set; }
    public BilingualText Title { get; set; } = new();
    public BilingualText Description { get; set; } = new();
    public List<CapabilityArea> Areas { get; set; } = [];
    public bool IsOpen { get; set; } = true;
    public DateTime CreatedAtUtc { get; set; }
}
