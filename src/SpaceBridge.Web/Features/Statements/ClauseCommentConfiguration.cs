using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SpaceBridge.Web.Features.Statements;

internal sealed class ClauseCommentConfiguration : IEntityTypeConfiguration<ClauseComment>
{
    public void Configure(EntityTypeBuilder<ClauseComment> builder)
    {
        builder.ToTable("StatementClauseComments");
        builder.Property(c => c.AuthorUserId).HasMaxLength(450);
        builder.Property(c => c.AuthorName).HasMaxLength(256);
        builder.Property(c => c.Text).HasMaxLength(StatementRules.MaxCommentLength);
        builder.HasOne(c => c.Clause).WithMany(c => c.Comments).HasForeignKey(c => c.ClauseId).OnDelete(DeleteBehavior.Cascade);
    }
}
