using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SpaceBridge.Web.Features.Pipeline.Initiatives;

internal sealed class InitiativePartyConfiguration : IEntityTypeConfiguration<InitiativeParty>
{
    public void Configure(EntityTypeBuilder<InitiativeParty> builder)
    {
        builder.HasIndex(p => new { p.InitiativeId, p.OrganizationId }).IsUnique();
        builder.HasIndex(p => p.OrganizationId);
        builder.HasOne(p => p.Organization).WithMany().HasForeignKey(p => p.OrganizationId);
    }
}
