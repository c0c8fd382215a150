using Microsoft.AspNetCore.Identity;
using SpaceBridge.Web.Features.Accounts.Roles;
using SpaceBridge.Web.Features.Programme.People;

namespace SpaceBridge.Web.Features.Accounts;

/// <summary>A signed-in user. Platform administrators hold the Identity role <see cref="PlatformRoles.Administrator"/>.</summary>
public class AppUser : IdentityUser
{
    public string? DisplayName { get; set; }
    /// <summary>"en" or "ko": the language of e-mails sent to this user.</summary>
    public string PreferredCulture { get; set; } = "en";
    public int? PersonId { get; set; }
    public Person? Person { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public List<ForumRoleAssignment> ForumRoles { get; set; } = [];
}
