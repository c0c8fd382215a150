using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SpaceBridge.Web.Features.Registrations;

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
        builder.Property(r => r.MeetingLanguages).HasMaxLength(64)
            .HasConversion(MeetingLanguageCodes.Converter, MeetingLanguageCodes.Comparer);
        builder.Property(r => r.StatusReason).HasMaxLength(500);
        builder.Property(r => r.BadgeToken).HasMaxLength(64);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Property(r => r.InvitationClaimedBy).HasMaxLength(64);

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
