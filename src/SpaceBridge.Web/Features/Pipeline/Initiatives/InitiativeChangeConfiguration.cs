using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SpaceBridge.Web.Features.Pipeline.Initiatives;

internal sealed class InitiativeChangeConfiguration : IEntityTypeConfiguration<InitiativeChange>
{
    public void Configure(EntityTypeBuilder<InitiativeChange> builder)
    {
        builder.Property(c => c.UserId).HasMaxLength(450);
        builder.Property(c => c.UserName).HasMaxLength(256);
        builder.Property(c => c.Field).HasMaxLength(32);
        builder.Property(c => c.OldValue).HasMaxLength(1000);
        builder.Property(c => c.NewValue).HasMaxLength(1000);
        builder.HasIndex(c => new { c.InitiativeId, c.AtUtc });
    }
}
