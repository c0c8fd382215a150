using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpaceBridge.Web.Domain;

namespace SpaceBridge.Web.Data.Configurations;

internal sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> builder)
    {
        builder.ComplexProperty(s => s.Title);
        builder.ComplexProperty(s => s.Description);
        builder.HasIndex(s => new { s.EventId, s.StartsAtUtc });
        builder.HasOne(s => s.Event).WithMany(e => e.Sessions).HasForeignKey(s => s.EventId);
        builder.HasOne(s => s.Room).WithMany().HasForeignKey(s => s.RoomId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(s => s.Topics).WithMany(t => t.Sessions).UsingEntity("SessionTopics");
    }
}

internal sealed class SessionPersonConfiguration : IEntityTypeConfiguration<SessionPerson>
{
    public void Configure(EntityTypeBuilder<SessionPerson> builder)
    {
        builder.HasKey(sp => new { sp.SessionId, sp.PersonId });
        builder.HasOne(sp => sp.Session).WithMany(s => s.People).HasForeignKey(sp => sp.SessionId);
        builder.HasOne(sp => sp.Person).WithMany(p => p.Sessions).HasForeignKey(sp => sp.PersonId);
    }
}

internal sealed class TopicConfiguration : IEntityTypeConfiguration<Topic>
{
    public void Configure(EntityTypeBuilder<Topic> builder)
    {
        builder.Property(t => t.Slug).HasMaxLength(100);
        builder.HasIndex(t => new { t.EventId, t.Slug }).IsUnique();
        builder.ComplexProperty(t => t.Name);
        builder.HasOne(t => t.Event).WithMany(e => e.Topics).HasForeignKey(t => t.EventId);
    }
}
