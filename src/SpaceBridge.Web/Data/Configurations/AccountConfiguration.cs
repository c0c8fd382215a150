using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpaceBridge.Web.Domain.Accounts;

namespace SpaceBridge.Web.Data.Configurations;

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.Property(u => u.PreferredCulture).HasMaxLength(8);
        builder.HasOne(u => u.Person).WithMany().HasForeignKey(u => u.PersonId).OnDelete(DeleteBehavior.SetNull);
    }
}

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
