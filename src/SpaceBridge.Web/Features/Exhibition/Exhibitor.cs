using SpaceBridge.Web.Features.Programme.Events;
using SpaceBridge.Web.Features.Programme.Organizations;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.Exhibition;

/// <summary>An organization exhibiting at an event: its description, its booths and the staff who scan leads.</summary>
public class Exhibitor
{
    public const int DescriptionMaxLength = 2000;

    public int Id { get; set; }
    public int EventId { get; set; }
    public Event Event { get; set; } = null!;
    public int OrganizationId { get; set; }
    public Organization Organization { get; set; } = null!;
    public BilingualText Description { get; set; } = new();
    public List<Booth> Booths { get; set; } = [];
    public List<ExhibitorStaff> Staff { get; set; } = [];
    public int Version { get; set; }
}
