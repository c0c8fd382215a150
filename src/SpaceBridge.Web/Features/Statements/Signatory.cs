using SpaceBridge.Web.Features.Programme.Organizations;
using SpaceBridge.Web.Infrastructure.Localization;

namespace SpaceBridge.Web.Features.Statements;

/// <summary>Who signs for a co-host: name and title in both languages.</summary>
public class Signatory
{
    public int Id { get; set; }
    public int StatementId { get; set; }
    public JointStatement Statement { get; set; } = null!;
    public int Position { get; set; }
    public int? OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public BilingualText Name { get; set; } = new();
    public BilingualText Title { get; set; } = new();
}
