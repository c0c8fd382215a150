using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SpaceBridge.Web.Features.Matchmaking.Profiles;

internal sealed class OrganizationProfileConfiguration : IEntityTypeConfiguration<OrganizationProfile>
{
    public void Configure(EntityTypeBuilder<OrganizationProfile> builder)
    {
        builder.HasIndex(p => new { p.ForumId, p.OrganizationId }).IsUnique();
        builder.ComplexProperty(p => p.Description);
        builder.ComplexProperty(p => p.LooksFor);
        builder.PrimitiveCollection(p => p.Capabilities);
        builder.PrimitiveCollection(p => p.Needs);
        builder.PrimitiveCollection(p => p.TopicSlugs);
        builder.HasOne(p => p.Forum).WithMany().HasForeignKey(p => p.ForumId);
        builder.HasOne(p => p.Organization).WithMany().HasForeignKey(p => p.OrganizationId);
    }
}
