using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SpaceBridge.Web.Infrastructure.Security;

internal sealed class RateLimitWindowConfiguration : IEntityTypeConfiguration<RateLimitWindow>
{
    public void Configure(EntityTypeBuilder<RateLimitWindow> builder)
    {
        builder.HasKey(w => new { w.Key, w.WindowStart });
        builder.Property(w => w.Key).HasMaxLength(200);
        builder.HasIndex(w => w.ExpiresAt);
    }
}
