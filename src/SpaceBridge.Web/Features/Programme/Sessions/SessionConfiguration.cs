using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SpaceBridge.Web.Features.Programme.Sessions;

internal sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> builder)
    {
        builder.ComplexProperty(s => s.Title);
        builder.ComplexProperty(s => s.Description);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasIndex(s => new { s.EventId, s.StartsAtUtc });
        builder.HasOne(s => s.Event).WithMany(e => e.Sessions).HasForeignKey(s => s.EventId);
        builder.HasOne(s => s.Room).WithMany().HasForeignKey(s => s.RoomId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(s => s.Topics).WithMany(t => t.Sessions).UsingEntity("SessionTopics");
    }
}
