using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SpaceBridge.Web.Features.Programme.Forums;

internal sealed class ForumConfiguration : IEntityTypeConfiguration<Forum>
{
    public void Configure(EntityTypeBuilder<Forum> builder)
    {
        builder.HasIndex(f => f.Slug).IsUnique();
        builder.Property(f => f.Slug).HasMaxLength(100);
        builder.Property(f => f.City).HasMaxLength(100);
        builder.Property(f => f.TimeZoneId).HasMaxLength(64);
        builder.Property(f => f.SourceCredit).HasMaxLength(1000);
        builder.ComplexProperty(f => f.Name);
        builder.ComplexProperty(f => f.Description);
        builder.Property(f => f.Languages).HasMaxLength(20);
        builder.Property(f => f.Version).IsConcurrencyToken();
    }
}
