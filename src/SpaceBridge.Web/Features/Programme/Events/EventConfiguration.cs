using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SpaceBridge.Web.Features.Programme.Events;

internal sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> builder)
    {
        builder.HasIndex(e => new { e.ForumId, e.Slug }).IsUnique();
        builder.Property(e => e.Slug).HasMaxLength(100);
        builder.Property(e => e.TimeZoneId).HasMaxLength(64);
        builder.ComplexProperty(e => e.Name);
        builder.ComplexProperty(e => e.Description);
        builder.HasOne(e => e.Forum).WithMany(f => f.Events).HasForeignKey(e => e.ForumId);
        builder.HasOne(e => e.Venue).WithMany().HasForeignKey(e => e.VenueId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(e => e.TimeZone);
        builder.Property(e => e.Version).IsConcurrencyToken();
    }
}
