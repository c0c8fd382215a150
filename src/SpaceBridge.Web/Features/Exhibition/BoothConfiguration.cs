using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SpaceBridge.Web.Features.Exhibition;

internal sealed class BoothConfiguration : IEntityTypeConfiguration<Booth>
{
    public void Configure(EntityTypeBuilder<Booth> builder)
    {
        builder.Property(b => b.Code).HasMaxLength(Booth.CodeMaxLength);
        builder.Property(b => b.Version).IsConcurrencyToken();
        builder.HasIndex(b => new { b.HallPlanId, b.Code }).IsUnique();
        builder.HasIndex(b => b.ExhibitorId);
        builder.HasOne(b => b.HallPlan).WithMany(h => h.Booths).HasForeignKey(b => b.HallPlanId);
        builder.HasOne(b => b.Exhibitor).WithMany(e => e.Booths).HasForeignKey(b => b.ExhibitorId).OnDelete(DeleteBehavior.SetNull);
    }
}
