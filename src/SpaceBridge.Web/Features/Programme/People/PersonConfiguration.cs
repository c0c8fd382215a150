using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SpaceBridge.Web.Features.Programme.People;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.Property(p => p.HangulName).HasMaxLength(100);
        builder.Property(p => p.RomanizedName).HasMaxLength(200);
        builder.ComplexProperty(p => p.Position);
        builder.ComplexProperty(p => p.Bio);
        builder.Property(p => p.CountryCode).HasMaxLength(2);
        builder.HasOne<Organizations.Country>().WithMany().HasForeignKey(p => p.CountryCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Forums.Forum>().WithMany().HasForeignKey(p => p.ForumId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne(p => p.Organization).WithMany(o => o.People).HasForeignKey(p => p.OrganizationId)
            .OnDelete(DeleteBehavior.SetNull);
    }
}
