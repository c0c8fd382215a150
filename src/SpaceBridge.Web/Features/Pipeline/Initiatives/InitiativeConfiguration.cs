using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SpaceBridge.Web.Features.Pipeline.Initiatives;

internal sealed class InitiativeConfiguration : IEntityTypeConfiguration<Initiative>
{
    public void Configure(EntityTypeBuilder<Initiative> builder)
    {
        builder.ComplexProperty(i => i.Title);
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(i => i.Stage).HasConversion<string>().HasMaxLength(32);
        builder.Property(i => i.Topic).HasConversion<string>().HasMaxLength(32);
        builder.Property(i => i.Visibility).HasConversion<string>().HasMaxLength(32);
        builder.Property(i => i.Value).HasPrecision(18, 2);
        builder.Property(i => i.Currency).HasMaxLength(3);
        builder.Property(i => i.NextStep).HasMaxLength(500);
        builder.Property(i => i.CreatedByUserId).HasMaxLength(450);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasIndex(i => new { i.ForumId, i.Stage });
        builder.HasOne(i => i.Forum).WithMany().HasForeignKey(i => i.ForumId);
        builder.HasMany(i => i.Parties).WithOne().HasForeignKey(p => p.InitiativeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Origins).WithOne().HasForeignKey(o => o.InitiativeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Changes).WithOne().HasForeignKey(c => c.InitiativeId).OnDelete(DeleteBehavior.Cascade);
    }
}
