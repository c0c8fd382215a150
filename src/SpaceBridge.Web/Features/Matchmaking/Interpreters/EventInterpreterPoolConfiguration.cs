using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SpaceBridge.Web.Features.Matchmaking.Interpreters;

internal sealed class EventInterpreterPoolConfiguration : IEntityTypeConfiguration<EventInterpreterPool>
{
    public void Configure(EntityTypeBuilder<EventInterpreterPool> builder)
    {
        builder.ToTable("InterpreterPools");
        builder.Property(p => p.LanguageA).HasMaxLength(8);
        builder.Property(p => p.LanguageB).HasMaxLength(8);
        builder.Property(p => p.Version).IsConcurrencyToken();
        // One pool per pair and event: two rows for one pair could not both be honoured by the scheduler.
        builder.HasIndex(p => new { p.EventId, p.LanguageA, p.LanguageB }).IsUnique();
        builder.HasOne(p => p.Event).WithMany().HasForeignKey(p => p.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}
