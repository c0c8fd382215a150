using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpaceBridge.Web.Domain;

namespace SpaceBridge.Web.Data.Configurations;

internal sealed class ForumConfiguration : IEntityTypeConfiguration<Forum>
{
    public void Configure(EntityTypeBuilder<Forum> builder)
    {
        builder.HasIndex(f => f.Slug).IsUnique();
        builder.Property(f => f.Slug).HasMaxLength(100);
        builder.Property(f => f.City).HasMaxLength(100);
        builder.Property(f => f.TimeZoneId).HasMaxLength(64);
        builder.Property(f => f.SourceCredit).HasMaxLength(1000);
        builder.ComplexProperty(f => f.Name);
        builder.ComplexProperty(f => f.Description);
    }
}

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
    }
}

internal sealed class EventHostConfiguration : IEntityTypeConfiguration<EventHost>
{
    public void Configure(EntityTypeBuilder<EventHost> builder)
    {
        builder.HasKey(h => new { h.EventId, h.OrganizationId });
        builder.HasOne(h => h.Event).WithMany(e => e.Hosts).HasForeignKey(h => h.EventId);
        builder.HasOne(h => h.Organization).WithMany().HasForeignKey(h => h.OrganizationId);
    }
}

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

internal sealed class RoomConfiguration : IEntityTypeConfiguration<Room>
{
    public void Configure(EntityTypeBuilder<Room> builder) => builder.ComplexProperty(r => r.Name);
}
