using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SpaceBridge.Web.Features.Statements;

internal sealed class JointStatementConfiguration : IEntityTypeConfiguration<JointStatement>
{
    public void Configure(EntityTypeBuilder<JointStatement> builder)
    {
        builder.ToTable("JointStatements");
        builder.ComplexProperty(s => s.Title, t =>
        {
            t.Property(x => x.En).HasMaxLength(300);
            t.Property(x => x.Ko).HasMaxLength(300);
        });
        builder.ComplexProperty(s => s.AdoptionPlace, t =>
        {
            t.Property(x => x.En).HasMaxLength(200);
            t.Property(x => x.Ko).HasMaxLength(200);
        });
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(s => s.Revision).IsConcurrencyToken();
        builder.HasOne(s => s.Forum).WithMany().HasForeignKey(s => s.ForumId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.Event).WithMany().HasForeignKey(s => s.EventId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.ForumId, s.Status });
    }
}
