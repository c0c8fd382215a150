using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SpaceBridge.Web.Features.Registrations.Organizations;

internal sealed class OrganizationProposalConfiguration : IEntityTypeConfiguration<OrganizationProposal>
{
    public void Configure(EntityTypeBuilder<OrganizationProposal> builder)
    {
        builder.Property(p => p.ProposedByUserId).HasMaxLength(450);
        builder.Property(p => p.DecidedByUserId).HasMaxLength(450);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => p.OrganizationId).IsUnique();
        builder.HasIndex(p => new { p.EventId, p.Status });
        builder.HasOne(p => p.Organization).WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.Event).WithMany().HasForeignKey(p => p.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}
