using SpaceBridge.Web.Features.Programme.Organizations;

namespace SpaceBridge.Web.Features.Pipeline.Initiatives;

/// <summary>An organization taking part in an initiative; its approved delegates in the forum are the party's members.</summary>
public class InitiativeParty
{
    public int Id { get; set; }
    public int InitiativeId { get; set; }
    public int OrganizationId { get; set; }
    public Organization Organization { get; set; } = null!;
}
