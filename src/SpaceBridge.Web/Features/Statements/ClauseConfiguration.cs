using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SpaceBridge.Web.Features.Statements;

internal sealed class ClauseConfiguration : IEntityTypeConfiguration<Clause>
{
    public void Configure(EntityTypeBuilder<Clause> builder)
    {
        builder.ToTable("StatementClauses");
        builder.ComplexProperty(c => c.Text, t =>
        {
            t.Property(x => x.En).HasMaxLength(StatementRules.MaxClauseLength);
            t.Property(x => x.Ko).HasMaxLength(StatementRules.MaxClauseLength);
        });
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Revision).IsConcurrencyToken();
        builder.HasOne(c => c.Statement).WithMany(s => s.Clauses).HasForeignKey(c => c.StatementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.OwnerOrganization).WithMany().HasForeignKey(c => c.OwnerOrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.StatementId, c.Number }).IsUnique();
    }
}
