using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SpaceBridge.Web.Features.CheckIn;

internal sealed class CheckInConfiguration : IEntityTypeConfiguration<CheckIn>
{
    public void Configure(EntityTypeBuilder<CheckIn> builder)
    {
        // The database, not only the code, guarantees one check-in per badge across desks and nodes.
        builder.HasIndex(c => c.RegistrationId).IsUnique();
        builder.HasIndex(c => c.EventId);
        builder.Property(c => c.ByUserId).HasMaxLength(450);
        builder.Property(c => c.Desk).HasMaxLength(100);
        builder.HasOne(c => c.Registration).WithOne(r => r.CheckIn).HasForeignKey<CheckIn>(c => c.RegistrationId);
    }
}
