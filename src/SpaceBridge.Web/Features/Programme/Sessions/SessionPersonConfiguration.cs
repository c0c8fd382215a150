using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SpaceBridge.Web.Features.Programme.Sessions;

internal sealed class SessionPersonConfiguration : IEntityTypeConfiguration<SessionPerson>
{
    public void Configure(EntityTypeBuilder<SessionPerson> builder)
    {
        builder.HasKey(sp => new { sp.SessionId, sp.PersonId });
        builder.HasOne(sp => sp.Session).WithMany(s => s.People).HasForeignKey(sp => sp.SessionId);
        builder.HasOne(sp => sp.Person).WithMany(p => p.Sessions).HasForeignKey(sp => sp.PersonId);
    }
}
