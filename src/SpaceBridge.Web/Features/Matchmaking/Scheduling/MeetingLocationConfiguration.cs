using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SpaceBridge.Web.Features.Matchmaking.Scheduling;

internal sealed class MeetingLocationConfiguration : IEntityTypeConfiguration<MeetingLocation>
{
    public void Configure(EntityTypeBuilder<MeetingLocation> builder)
    {
        builder.Property(l => l.Name).HasMaxLength(100);
        builder.HasIndex(l => new { l.EventId, l.Name }).IsUnique();
        builder.HasOne(l => l.Event).WithMany().HasForeignKey(l => l.EventId);
        builder.HasOne(l => l.Organization).WithMany().HasForeignKey(l => l.OrganizationId).OnDelete(DeleteBehavior.SetNull);
    }
}
