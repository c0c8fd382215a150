using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SpaceBridge.Web.Features.Matchmaking.Scheduling;

internal sealed class MatchmakingSettingsConfiguration : IEntityTypeConfiguration<MatchmakingSettings>
{
    public void Configure(EntityTypeBuilder<MatchmakingSettings> builder)
    {
        builder.HasKey(s => s.EventId);
        builder.HasOne(s => s.Event).WithOne().HasForeignKey<MatchmakingSettings>(s => s.EventId);
        builder.OwnsMany(s => s.Blocks, b => b.ToJson());
    }
}
