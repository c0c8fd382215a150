using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SpaceBridge.Web.Features.Exhibition;

internal sealed class LeadConfiguration : IEntityTypeConfiguration<Lead>
{
    public void Configure(EntityTypeBuilder<Lead> builder)
    {
        builder.Property(l => l.Notes).HasMaxLength(Lead.NotesMaxLength);
        builder.Property(l => l.ClientScanId).HasMaxLength(Lead.ClientScanIdMaxLength);
        builder.Property(l => l.ScannedByUserId).HasMaxLength(450);
        builder.Property(l => l.Version).IsConcurrencyToken();
        // A replayed scan is stored once, even when two retries race: the database decides.
        builder.HasIndex(l => new { l.ExhibitorId, l.ClientScanId }).IsUnique();
        // One lead per visitor and exhibitor: a second scan of the same badge finds the first.
        builder.HasIndex(l => new { l.ExhibitorId, l.RegistrationId }).IsUnique();
        builder.HasOne(l => l.Exhibitor).WithMany().HasForeignKey(l => l.ExhibitorId);
        builder.HasOne(l => l.Registration).WithMany().HasForeignKey(l => l.RegistrationId);
    }
}
