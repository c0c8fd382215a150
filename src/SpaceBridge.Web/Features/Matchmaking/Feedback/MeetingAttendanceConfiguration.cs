using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpaceBridge.Web.Features.Matchmaking.Scheduling;

namespace SpaceBridge.Web.Features.Matchmaking.Feedback;

internal sealed class MeetingAttendanceConfiguration : IEntityTypeConfiguration<MeetingAttendance>
{
    public void Configure(EntityTypeBuilder<MeetingAttendance> builder)
    {
        // Nobody is in two meetings in one slot: enforced here, whichever node writes.
        builder.HasIndex(a => new { a.RegistrationId, a.SlotId }).IsUnique();
        builder.HasOne(a => a.ScheduledMeeting).WithMany(m => m.Attendees).HasForeignKey(a => a.ScheduledMeetingId);
        builder.HasOne(a => a.Registration).WithMany().HasForeignKey(a => a.RegistrationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<MeetingSlot>().WithMany().HasForeignKey(a => a.SlotId).OnDelete(DeleteBehavior.Restrict);
    }
}
