using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SpaceBridge.Web.Features.Exhibition;

internal sealed class ExhibitorConfiguration : IEntityTypeConfiguration<Exhibitor>
{
    public void Configure(EntityTypeBuilder<Exhibitor> builder)
    {
        builder.ComplexProperty(e => e.Description, d =>
        {
            d.Property(t => t.En).HasMaxLength(Exhibitor.DescriptionMaxLength);
            d.Property(t => t.Ko).HasMaxLength(Exhibitor.DescriptionMaxLength);
        });
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasIndex(e => new { e.EventId, e.OrganizationId }).IsUnique();
        builder.HasOne(e => e.Event).WithMany().HasForeignKey(e => e.EventId);
        builder.HasOne(e => e.Organization).WithMany().HasForeignKey(e => e.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}
