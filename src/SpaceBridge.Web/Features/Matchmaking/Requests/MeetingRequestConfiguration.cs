using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SpaceBridge.Web.Features.Matchmaking.Requests;

internal sealed class MeetingRequestConfiguration : IEntityTypeConfiguration<MeetingRequest>
{
    public void Configure(EntityTypeBuilder<MeetingRequest> builder)
    {
        builder.Property(r => r.Message).HasMaxLength(2000);
        builder.Property(r => r.DeclineReason).HasMaxLength(500);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => new { r.EventId, r.FromRegistrationId, r.ToRegistrationId });
        builder.HasIndex(r => new { r.EventId, r.Status });
        builder.HasOne(r => r.Event).WithMany().HasForeignKey(r => r.EventId);
        builder.HasOne(r => r.From).WithMany().HasForeignKey(r => r.FromRegistrationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.To).WithMany().HasForeignKey(r => r.ToRegistrationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Opportunity).WithMany().HasForeignKey(r => r.OpportunityId).OnDelete(DeleteBehavior.SetNull);
    }
}
