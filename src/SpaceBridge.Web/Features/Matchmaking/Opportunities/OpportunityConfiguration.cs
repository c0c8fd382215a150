using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SpaceBridge.Web.Features.Matchmaking.Opportunities;

internal sealed class OpportunityConfiguration : IEntityTypeConfiguration<Opportunity>
{
    public void Configure(EntityTypeBuilder<Opportunity> builder)
    {
        builder.ComplexProperty(o => o.Title);
        builder.ComplexProperty(o => o.Description);
        builder.PrimitiveCollection(o => o.Areas);
        builder.HasIndex(o => new { o.ForumId, o.Direction, o.IsOpen });
        builder.HasOne(o => o.Forum).WithMany().HasForeignKey(o => o.ForumId);
        builder.HasOne(o => o.Organization).WithMany().HasForeignKey(o => o.OrganizationId);
    }
}
