using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SpaceBridge.Web.Features.Matchmaking.MyAgenda;

internal sealed class ParticipantUnavailabilityConfiguration : IEntityTypeConfiguration<ParticipantUnavailability>
{
    public void Configure(EntityTypeBuilder<ParticipantUnavailability> builder)
    {
        builder.HasIndex(u => new { u.RegistrationId, u.SlotId }).IsUnique();
        builder.HasOne(u => u.Registration).WithMany().HasForeignKey(u => u.RegistrationId);
        builder.HasOne(u => u.Slot).WithMany().HasForeignKey(u => u.SlotId);
    }
}
