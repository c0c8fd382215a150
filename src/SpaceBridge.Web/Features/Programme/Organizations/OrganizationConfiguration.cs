using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SpaceBridge.Web.Features.Programme.Organizations;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.Property(o => o.Acronym).HasMaxLength(32);
        builder.Property(o => o.Website).HasMaxLength(300);
        builder.ComplexProperty(o => o.Name);
        builder.HasOne<Forums.Forum>().WithMany().HasForeignKey(o => o.ForumId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasOne(o => o.Country).WithMany().HasForeignKey(o => o.CountryCode).OnDelete(DeleteBehavior.Restrict);
    }
}
