using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SpaceBridge.Web.Features.Exhibition;

internal sealed class HallPlanConfiguration : IEntityTypeConfiguration<HallPlan>
{
    public void Configure(EntityTypeBuilder<HallPlan> builder)
    {
        builder.HasIndex(h => h.EventId).IsUnique();
        builder.Property(h => h.Version).IsConcurrencyToken();
        builder.HasOne(h => h.Event).WithMany().HasForeignKey(h => h.EventId);
    }
}
