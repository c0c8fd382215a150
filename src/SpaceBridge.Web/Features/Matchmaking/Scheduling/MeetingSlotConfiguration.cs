using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SpaceBridge.Web.Features.Matchmaking.Scheduling;

internal sealed class MeetingSlotConfiguration : IEntityTypeConfiguration<MeetingSlot>
{
    public void Configure(EntityTypeBuilder<MeetingSlot> builder)
    {
        builder.HasIndex(s => new { s.EventId, s.Index }).IsUnique();
        builder.HasOne(s => s.Event).WithMany().HasForeignKey(s => s.EventId);
    }
}
