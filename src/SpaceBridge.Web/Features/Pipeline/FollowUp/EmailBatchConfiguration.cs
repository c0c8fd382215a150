using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SpaceBridge.Web.Features.Pipeline.FollowUp;

internal sealed class EmailBatchConfiguration : IEntityTypeConfiguration<EmailBatch>
{
    public void Configure(EntityTypeBuilder<EmailBatch> builder)
    {
        builder.Property(b => b.Key).HasMaxLength(100);
        builder.HasIndex(b => b.Key).IsUnique();
        builder.Property(b => b.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(b => b.Subject).HasMaxLength(200);
        builder.Property(b => b.Body).HasMaxLength(10000);
        builder.Property(b => b.CreatedByUserId).HasMaxLength(450);
        builder.HasIndex(b => b.ForumId);
        builder.HasMany(b => b.Recipients).WithOne().HasForeignKey(r => r.BatchId).OnDelete(DeleteBehavior.Cascade);
    }
}
