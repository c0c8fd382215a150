using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SpaceBridge.Web.Features.Pipeline.Initiatives;

internal sealed class InitiativeOriginConfiguration : IEntityTypeConfiguration<InitiativeOrigin>
{
    public void Configure(EntityTypeBuilder<InitiativeOrigin> builder)
    {
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(o => new { o.Kind, o.ReferenceId });
        // A commitment clause is followed up by one initiative, however often or concurrently adoption runs.
        builder.HasIndex(o => o.ReferenceId).IsUnique().HasFilter("\"Kind\" = 'StatementCommitment'")
            .HasDatabaseName("IX_InitiativeOrigins_StatementCommitment");
    }
}
