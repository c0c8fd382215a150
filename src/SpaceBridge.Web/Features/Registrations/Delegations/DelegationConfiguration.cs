using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SpaceBridge.Web.Features.Registrations.Delegations;

internal sealed class DelegationConfiguration : IEntityTypeConfiguration<Delegation>
{
    public void Configure(EntityTypeBuilder<Delegation> builder)
    {
        builder.Property(d => d.Name).HasMaxLength(300);
        builder.Property(d => d.CountryCode).HasMaxLength(2);
        builder.HasOne(d => d.Event).WithMany().HasForeignKey(d => d.EventId);
        builder.HasOne(d => d.Country).WithMany().HasForeignKey(d => d.CountryCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.Organization).WithMany().HasForeignKey(d => d.OrganizationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(d => d.HeadUser).WithMany().HasForeignKey(d => d.HeadUserId).OnDelete(DeleteBehavior.Restrict);
    }
}
