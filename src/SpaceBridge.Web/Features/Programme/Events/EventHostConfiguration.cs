using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SpaceBridge.Web.Features.Programme.Events;

internal sealed class EventHostConfiguration : IEntityTypeConfiguration<EventHost>
{
    public void Configure(EntityTypeBuilder<EventHost> builder)
    {
        builder.HasKey(h => new { h.EventId, h.OrganizationId });
        builder.HasOne(h => h.Event).WithMany(e => e.Hosts).HasForeignKey(h => h.EventId);
        builder.HasOne(h => h.Organization).WithMany().HasForeignKey(h => h.OrganizationId);
    }
}
