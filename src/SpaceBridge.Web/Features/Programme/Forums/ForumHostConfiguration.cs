using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SpaceBridge.Web.Features.Programme.Forums;

internal sealed class ForumHostConfiguration : IEntityTypeConfiguration<ForumHost>
{
    public void Configure(EntityTypeBuilder<ForumHost> builder)
    {
        builder.HasKey(h => new { h.ForumId, h.OrganizationId });
        builder.HasOne(h => h.Forum).WithMany(f => f.Hosts).HasForeignKey(h => h.ForumId);
        builder.HasOne(h => h.Organization).WithMany().HasForeignKey(h => h.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}
