using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpaceBridge.Web.Domain;

namespace SpaceBridge.Web.Data.Configurations;

internal sealed class CountryConfiguration : IEntityTypeConfiguration<Country>
{
    public void Configure(EntityTypeBuilder<Country> builder)
    {
        builder.HasKey(c => c.Code);
        builder.Property(c => c.Code).HasMaxLength(2);
        builder.ComplexProperty(c => c.Name);
    }
}

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.Property(o => o.Acronym).HasMaxLength(32);
        builder.Property(o => o.Website).HasMaxLength(300);
        builder.ComplexProperty(o => o.Name);
        builder.HasOne(o => o.Country).WithMany().HasForeignKey(o => o.CountryCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.Property(p => p.HangulName).HasMaxLength(100);
        builder.Property(p => p.RomanizedName).HasMaxLength(200);
        builder.ComplexProperty(p => p.Position);
        builder.HasOne(p => p.Organization).WithMany(o => o.People).HasForeignKey(p => p.OrganizationId)
            .OnDelete(DeleteBehavior.SetNull);
    }
}
