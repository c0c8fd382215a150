using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SpaceBridge.Web.Features.Statements;

internal sealed class SignatoryConfiguration : IEntityTypeConfiguration<Signatory>
{
    public void Configure(EntityTypeBuilder<Signatory> builder)
    {
        builder.ToTable("StatementSignatories");
        builder.ComplexProperty(s => s.Name, t =>
        {
            t.Property(x => x.En).HasMaxLength(200);
            t.Property(x => x.Ko).HasMaxLength(200);
        });
        builder.ComplexProperty(s => s.Title, t =>
        {
            t.Property(x => x.En).HasMaxLength(300);
            t.Property(x => x.Ko).HasMaxLength(300);
        });
        builder.HasOne(s => s.Statement).WithMany(s => s.Signatories).HasForeignKey(s => s.StatementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.Organization).WithMany().HasForeignKey(s => s.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}
