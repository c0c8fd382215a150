using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SpaceBridge.Web.Features.Statements;

internal sealed class StatementVersionConfiguration : IEntityTypeConfiguration<StatementVersion>
{
    public void Configure(EntityTypeBuilder<StatementVersion> builder)
    {
        builder.ToTable("StatementVersions");
        builder.Property(v => v.ContentHash).HasMaxLength(64);
        builder.Property(v => v.CreatedBy).HasMaxLength(256);
        builder.HasOne(v => v.Statement).WithMany(s => s.Versions).HasForeignKey(v => v.StatementId).OnDelete(DeleteBehavior.Cascade);
        // Two saves racing for the same number: the database lets one through.
        builder.HasIndex(v => new { v.StatementId, v.Number }).IsUnique();
    }
}
