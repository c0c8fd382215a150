using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpaceBridge.Web.Features.Programme.Forums;

namespace SpaceBridge.Web.Features.Reports;

internal sealed class ReportDocumentConfiguration : IEntityTypeConfiguration<ReportDocument>
{
    public void Configure(EntityTypeBuilder<ReportDocument> builder)
    {
        builder.ToTable("ReportDocuments");
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(d => d.RequestedBy).HasMaxLength(256);
        builder.Property(d => d.Error).HasMaxLength(2000);
        builder.HasIndex(d => new { d.ForumId, d.RequestedAtUtc });
        builder.HasOne<Forum>().WithMany().HasForeignKey(d => d.ForumId).OnDelete(DeleteBehavior.Cascade);
    }
}
