using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SpaceBridge.Web.Features.Programme.Sessions;

internal sealed class TopicConfiguration : IEntityTypeConfiguration<Topic>
{
    public void Configure(EntityTypeBuilder<Topic> builder)
    {
        builder.Property(t => t.Slug).HasMaxLength(100);
        builder.HasIndex(t => new { t.EventId, t.Slug }).IsUnique();
        builder.ComplexProperty(t => t.Name);
        builder.HasOne(t => t.Event).WithMany(e => e.Topics).HasForeignKey(t => t.EventId);
    }
}
