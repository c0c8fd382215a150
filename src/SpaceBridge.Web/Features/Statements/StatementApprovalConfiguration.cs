using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SpaceBridge.Web.Features.Statements;

internal sealed class StatementApprovalConfiguration : IEntityTypeConfiguration<StatementApproval>
{
    public void Configure(EntityTypeBuilder<StatementApproval> builder)
    {
        builder.ToTable("StatementApprovals");
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.Property(a => a.ApproverName).HasMaxLength(256);
        builder.Property(a => a.ContentHash).HasMaxLength(64);
        builder.HasOne(a => a.Statement).WithMany(s => s.Approvals).HasForeignKey(a => a.StatementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Organization).WithMany().HasForeignKey(a => a.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.StatementId, a.VersionNumber });
    }
}
