using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SpaceBridge.Web.Features.Matchmaking.Scheduling;

internal sealed class ScheduledMeetingConfiguration : IEntityTypeConfiguration<ScheduledMeeting>
{
    public void Configure(EntityTypeBuilder<ScheduledMeeting> builder)
    {
        // The database refuses a second meeting at one table in one slot, and a request scheduled twice.
        builder.HasIndex(m => new { m.SlotId, m.LocationId }).IsUnique();
        builder.HasIndex(m => m.MeetingRequestId).IsUnique();
        builder.HasIndex(m => m.EventId);
        builder.HasOne(m => m.MeetingRequest).WithMany().HasForeignKey(m => m.MeetingRequestId);
        builder.HasOne(m => m.Slot).WithMany().HasForeignKey(m => m.SlotId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.Location).WithMany().HasForeignKey(m => m.LocationId).OnDelete(DeleteBehavior.Restrict);
    }
}
