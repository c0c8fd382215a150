using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SpaceBridge.Web.Features.News;

internal sealed class NewsItemConfiguration : IEntityTypeConfiguration<NewsItem>
{
    public void Configure(EntityTypeBuilder<NewsItem> builder)
    {
        builder.ToTable("NewsItems");
        builder.ComplexProperty(n => n.Title, t =>
        {
            t.Property(x => x.En).HasMaxLength(300);
            t.Property(x => x.Ko).HasMaxLength(300);
        });
        builder.ComplexProperty(n => n.Body, t =>
        {
            t.Property(x => x.En).HasMaxLength(NewsRules.MaxBody);
            t.Property(x => x.Ko).HasMaxLength(NewsRules.MaxBody);
        });
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(n => n.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(n => n.Licence).HasConversion<string>().HasMaxLength(32);
        builder.Property(n => n.Credit).HasMaxLength(500);
        builder.Property(n => n.Revision).IsConcurrencyToken();
        builder.HasOne(n => n.Forum).WithMany().HasForeignKey(n => n.ForumId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(n => n.Statement).WithMany().HasForeignKey(n => n.StatementId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(n => n.Event).WithMany().HasForeignKey(n => n.EventId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(n => new { n.ForumId, n.Status, n.PublishedAtUtc });
    }
}
