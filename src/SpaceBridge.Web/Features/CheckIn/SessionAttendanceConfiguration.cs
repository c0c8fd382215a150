using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SpaceBridge.Web.Features.CheckIn;

internal sealed class SessionAttendanceConfiguration : IEntityTypeConfiguration<SessionAttendance>
{
    public void Configure(EntityTypeBuilder<SessionAttendance> builder)
    {
        builder.HasIndex(a => new { a.SessionId, a.RegistrationId }).IsUnique();
        builder.Property(a => a.ByUserId).HasMaxLength(450);
        builder.HasOne(a => a.Session).WithMany().HasForeignKey(a => a.SessionId);
        builder.HasOne(a => a.Registration).WithMany().HasForeignKey(a => a.RegistrationId);
    }
}
