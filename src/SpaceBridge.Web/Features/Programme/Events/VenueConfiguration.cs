using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SpaceBridge.Web.Features.Programme.Events;

internal sealed class VenueConfiguration : IEntityTypeConfiguration<Venue>
{
    public void Configure(EntityTypeBuilder<Venue> builder)
    {
        builder.Property(v => v.City).HasMaxLength(100);
        builder.ComplexProperty(v => v.Name);
        builder.ComplexProperty(v => v.Address);
        builder.HasMany(v => v.Rooms).WithOne(r => r.Venue).HasForeignKey(r => r.VenueId);
    }
}
