using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SpaceBridge.Web.Features.Matchmaking.Scheduling;

internal sealed class ScheduleRunConfiguration : IEntityTypeConfiguration<ScheduleRun>
{
    public void Configure(EntityTypeBuilder<ScheduleRun> builder)
    {
        builder.Property(r => r.RequestedByUserId).HasMaxLength(450);
        builder.Property(r => r.Phase).HasMaxLength(200);
        builder.Property(r => r.Error).HasMaxLength(2000);
        builder.Property(r => r.ClaimedBy).HasMaxLength(200);
        builder.HasIndex(r => new { r.EventId, r.CreatedAtUtc });
        builder.HasOne(r => r.Event).WithMany().HasForeignKey(r => r.EventId);
    }
}
