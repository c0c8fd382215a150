using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SpaceBridge.Web.Features.Statements;

internal sealed class StatementApproverConfiguration : IEntityTypeConfiguration<StatementApprover>
{
    public void Configure(EntityTypeBuilder<StatementApprover> builder)
    {
        builder.ToTable("StatementApprovers");
        builder.HasOne(a => a.Statement).WithMany(s => s.Approvers).HasForeignKey(a => a.StatementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Organization).WithMany().HasForeignKey(a => a.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.User).WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.StatementId, a.OrganizationId, a.UserId }).IsUnique();
    }
}
