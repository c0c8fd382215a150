using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SpaceBridge.Web.Features.Accounts.Roles;

internal sealed class ForumRoleAssignmentConfiguration : IEntityTypeConfiguration<ForumRoleAssignment>
{
    public void Configure(EntityTypeBuilder<ForumRoleAssignment> builder)
    {
        builder.HasIndex(r => new { r.UserId, r.ForumId, r.Role }).IsUnique();
        builder.HasOne(r => r.User).WithMany(u => u.ForumRoles).HasForeignKey(r => r.UserId);
        builder.HasOne(r => r.Forum).WithMany().HasForeignKey(r => r.ForumId);
        builder.HasOne(r => r.Organization).WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}
