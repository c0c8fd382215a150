using SpaceBridge.Web.Features.Accounts;
using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Features.Programme.Organizations;

namespace SpaceBridge.Web.Features.Registrations.Delegations;

/// <summary>A government or organization delegation: a head and members, handled by organizers as a unit.</summary>
public class Delegation
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public Event Event { get; set; } = null!;
    public required string Name { get; set; }
    public DelegationKind Kind { get; set; }
    public required string CountryCode { get; set; }
    public Country Country { get; set; } = null!;
    public int? OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public required string HeadUserId { get; set; }
    public AppUser HeadUser { get; set; } = null!;
    public List<Registration> Members { get; set; } = [];
}
