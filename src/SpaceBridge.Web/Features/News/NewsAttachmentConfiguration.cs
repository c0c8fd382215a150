using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SpaceBridge.Web.Features.News;

internal sealed class NewsAttachmentConfiguration : IEntityTypeConfiguration<NewsAttachment>
{
    public void Configure(EntityTypeBuilder<NewsAttachment> builder)
    {
        builder.ToTable("NewsAttachments");
        builder.Property(a => a.FileName).HasMaxLength(200);
        builder.Property(a => a.ContentType).HasMaxLength(64);
        builder.HasOne(a => a.NewsItem).WithMany(n => n.Attachments).HasForeignKey(a => a.NewsItemId).OnDelete(DeleteBehavior.Cascade);
    }
}
