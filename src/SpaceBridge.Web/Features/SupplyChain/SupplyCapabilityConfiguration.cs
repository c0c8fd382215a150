using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpaceBridge.Web.Features.Programme.Forums;

namespace SpaceBridge.Web.Features.SupplyChain;

internal sealed class SupplyCapabilityConfiguration : IEntityTypeConfiguration<SupplyCapability>
{
    public void Configure(EntityTypeBuilder<SupplyCapability> builder)
    {
        builder.ToTable("SupplyCapabilities");
        builder.Property(c => c.Key).HasMaxLength(SupplyTaxonomy.MaxKeyLength);
        builder.HasIndex(c => new { c.ForumId, c.Key }).IsUnique();
        builder.ComplexProperty(c => c.Name);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne<Forum>().WithMany().HasForeignKey(c => c.ForumId).OnDelete(DeleteBehavior.Cascade);
    }
}
