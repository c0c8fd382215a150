using SpaceBridge.Web.Features.Programme.Forums;
using SpaceBridge.Web.Features.Programme.Organizations;

namespace SpaceBridge.Web.Features.Accounts.Roles;

/// <summary>
/// A role held in one forum. An organizer acts for one co-host organization
/// (<see cref="OrganizationId"/>), e.g. MSIT or the U.S. Department of Commerce.
/// </summary>
public class ForumRoleAssignment
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public AppUser User { get; set; } = null!;
    public int ForumId { get; set; }
    public Forum Forum { get; set; } = null!;
    public ForumRole Role { get; set; }
    public int? OrganizationId { get; set; }
    public Organization? Organization { get; set; }
}
