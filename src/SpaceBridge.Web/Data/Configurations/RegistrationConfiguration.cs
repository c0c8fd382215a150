using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpaceBridge.Web.Domain.Registrations;

namespace SpaceBridge.Web.Data.Configurations;

internal sealed class RegistrationConfiguration : IEntityTypeConfiguration<Registration>
{
    public void Configure(EntityTypeBuilder<Registration> builder)
    {
        builder.Property(r => r.Email).HasMaxLength(256);
        builder.Property(r => r.HangulName).HasMaxLength(100);
        builder.Property(r => r.RomanizedName).HasMaxLength(200);
        builder.Property(r => r.OrganizationName).HasMaxLength(300);
        builder.Property(r => r.CountryCode).HasMaxLength(2);
        builder.Property(r => r.Position).HasMaxLength(200);
        builder.Property(r => r.DietaryNeeds).HasMaxLength(500);
        builder.Property(r => r.AccessibilityNeeds).HasMaxLength(500);
        builder.Property(r => r.InterpreterLanguage).HasMaxLength(8);
        builder.Property(r => r.StatusReason).HasMaxLength(500);
        builder.Property(r => r.BadgeToken).HasMaxLength(64);
        builder.Property(r => r.Version).IsConcurrencyToken();

        // One registration per e-mail and event; one badge token in the whole system.
        builder.HasIndex(r => new { r.EventId, r.Email }).IsUnique();
        builder.HasIndex(r => r.BadgeToken).IsUnique();
        builder.HasIndex(r => new { r.EventId, r.Status, r.SubmittedAtUtc });

        builder.HasOne(r => r.Event).WithMany().HasForeignKey(r => r.EventId);
        builder.HasOne(r => r.User).WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(r => r.Organization).WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(r => r.Country).WithMany().HasForeignKey(r => r.CountryCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Delegation).WithMany(d => d.Members).HasForeignKey(r => r.DelegationId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class DelegationConfiguration : IEntityTypeConfiguration<Delegation>
{
    public void Configure(EntityTypeBuilder<Delegation> builder)
    {
        builder.Property(d => d.Name).HasMaxLength(300);
        builder.Property(d => d.CountryCode).HasMaxLength(2);
        builder.HasOne(d => d.Event).WithMany().HasForeignKey(d => d.EventId);
        builder.HasOne(d => d.Country).WithMany().HasForeignKey(d => d.CountryCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.Organization).WithMany().HasForeignKey(d => d.OrganizationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(d => d.HeadUser).WithMany().HasForeignKey(d => d.HeadUserId).OnDelete(DeleteBehavior.Restrict);
    }
}

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

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.ActorUserId).HasMaxLength(450);
        builder.Property(a => a.ActorEmail).HasMaxLength(256);
        builder.Property(a => a.Action).HasMaxLength(64);
        builder.Property(a => a.Subject).HasMaxLength(300);
        builder.Property(a => a.Details).HasMaxLength(4000);
        builder.HasIndex(a => new { a.ForumId, a.AtUtc });
    }
}
