using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SpaceBridge.Web.Features.Matchmaking.Feedback;

internal sealed class MeetingFeedbackConfiguration : IEntityTypeConfiguration<MeetingFeedback>
{
    public void Configure(EntityTypeBuilder<MeetingFeedback> builder)
    {
        builder.Property(f => f.Comment).HasMaxLength(2000);
        builder.HasIndex(f => new { f.ScheduledMeetingId, f.RegistrationId }).IsUnique();
        builder.HasOne(f => f.ScheduledMeeting).WithMany().HasForeignKey(f => f.ScheduledMeetingId);
        builder.HasOne(f => f.Registration).WithMany().HasForeignKey(f => f.RegistrationId);
    }
}
