using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpaceBridge.Web.Features.Programme.Forums;
using SpaceBridge.Web.Features.Programme.Organizations;

namespace SpaceBridge.Web.Features.SupplyChain;

internal sealed class SupplyDeclarationConfiguration : IEntityTypeConfiguration<SupplyDeclaration>
{
    public void Configure(EntityTypeBuilder<SupplyDeclaration> builder)
    {
        builder.ToTable("SupplyDeclarations");
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(d => d.SupplierCountryCode).HasMaxLength(2);
        builder.HasIndex(d => new { d.ForumId, d.OrganizationId, d.CapabilityId, d.Kind, d.SupplierCountryCode }).IsUnique();
        builder.HasIndex(d => new { d.ForumId, d.CapabilityId });
        builder.HasOne<Forum>().WithMany().HasForeignKey(d => d.ForumId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(d => d.Organization).WithMany().HasForeignKey(d => d.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        // A capability still declared cannot be removed from the taxonomy.
        builder.HasOne(d => d.Capability).WithMany().HasForeignKey(d => d.CapabilityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Country>().WithMany().HasForeignKey(d => d.SupplierCountryCode).OnDelete(DeleteBehavior.Restrict);
    }
}
