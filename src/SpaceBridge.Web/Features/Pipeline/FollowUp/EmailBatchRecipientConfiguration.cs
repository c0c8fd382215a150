using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SpaceBridge.Web.Features.Pipeline.FollowUp;

internal sealed class EmailBatchRecipientConfiguration : IEntityTypeConfiguration<EmailBatchRecipient>
{
    public void Configure(EntityTypeBuilder<EmailBatchRecipient> builder)
    {
        builder.Property(r => r.Email).HasMaxLength(256);
        builder.Property(r => r.Name).HasMaxLength(200);
        builder.Property(r => r.Culture).HasMaxLength(8);
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.ClaimedBy).HasMaxLength(200);
        builder.Property(r => r.LastError).HasMaxLength(500);
        // One mail per address and batch.
        builder.HasIndex(r => new { r.BatchId, r.Email }).IsUnique();
        builder.HasIndex(r => new { r.BatchId, r.State });
    }
}
