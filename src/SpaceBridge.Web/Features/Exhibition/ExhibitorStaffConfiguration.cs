using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SpaceBridge.Web.Features.Exhibition;

internal sealed class ExhibitorStaffConfiguration : IEntityTypeConfiguration<ExhibitorStaff>
{
    public void Configure(EntityTypeBuilder<ExhibitorStaff> builder)
    {
        builder.HasIndex(s => new { s.ExhibitorId, s.UserId }).IsUnique();
        builder.HasIndex(s => s.UserId);
        builder.HasOne(s => s.Exhibitor).WithMany(e => e.Staff).HasForeignKey(s => s.ExhibitorId);
        builder.HasOne(s => s.User).WithMany().HasForeignKey(s => s.UserId);
    }
}
