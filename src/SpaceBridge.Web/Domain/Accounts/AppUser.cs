using Microsoft.AspNetCore.Identity;

namespace SpaceBridge.Web.Domain.Accounts;

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

public static class PlatformRoles
{
    public const string Administrator = "Administrator";
}

/// <summary>The part a user plays in one forum.</summary>
public enum ForumRole { Organizer, Delegate, Exhibitor, Press }

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
