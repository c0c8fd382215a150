using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SpaceBridge.Web.Features.Matchmaking.Scheduling;

internal sealed class MeetingLockConfiguration : IEntityTypeConfiguration<MeetingLock>
{
    public void Configure(EntityTypeBuilder<MeetingLock> builder)
    {
        // One lock per request, and no two locks at one table in one slot: two racing locks cannot both be saved.
        builder.HasIndex(l => new { l.EventId, l.MeetingRequestId }).IsUnique();
        builder.HasIndex(l => new { l.SlotId, l.LocationId }).IsUnique();
        builder.Property(l => l.LockedBy).HasMaxLength(450);
        builder.HasOne(l => l.Event).WithMany().HasForeignKey(l => l.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(l => l.MeetingRequest).WithMany().HasForeignKey(l => l.MeetingRequestId).OnDelete(DeleteBehavior.Cascade);
        // Slots cut again or a table removed take their locks with them (a published schedule keeps both fixed).
        builder.HasOne(l => l.Slot).WithMany().HasForeignKey(l => l.SlotId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(l => l.Location).WithMany().HasForeignKey(l => l.LocationId).OnDelete(DeleteBehavior.Cascade);
    }
}
