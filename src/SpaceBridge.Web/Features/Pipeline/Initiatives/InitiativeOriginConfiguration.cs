using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SpaceBridge.Web.Features.Pipeline.Initiatives;

internal sealed class InitiativeOriginConfiguration : IEntityTypeConfiguration<InitiativeOrigin>
{
    public void Configure(EntityTypeBuilder<InitiativeOrigin> builder)
    {
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(o => new { o.Kind, o.ReferenceId });
    }
}
