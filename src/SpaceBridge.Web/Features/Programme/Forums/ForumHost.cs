using SpaceBridge.Web.Features.Programme.Organizations;

namespace SpaceBridge.Web.Features.Programme.Forums;

/// <summary>An organization that co-hosts a forum (e.g. MSIT and the U.S. Department of Commerce).</summary>
public class ForumHost
{
    public int ForumId { get; set; }
    public Forum Forum { get; set; } = null!;
    public int OrganizationId { get; set; }
    public Organization Organization { get; set; } = null!;
}
