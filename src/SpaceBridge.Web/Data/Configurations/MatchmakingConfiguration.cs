using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpaceBridge.Web.Domain.Matchmaking;

namespace SpaceBridge.Web.Data.Configurations;

internal sealed class OrganizationProfileConfiguration : IEntityTypeConfiguration<OrganizationProfile>
{
    public void Configure(EntityTypeBuilder<OrganizationProfile> builder)
    {
        builder.HasIndex(p => new { p.ForumId, p.OrganizationId }).IsUnique();
        builder.ComplexProperty(p => p.Description);
        builder.ComplexProperty(p => p.LooksFor);
        builder.PrimitiveCollection(p => p.Capabilities);
        builder.PrimitiveCollection(p => p.Needs);
        builder.PrimitiveCollection(p => p.TopicSlugs);
        builder.HasOne(p => p.Forum).WithMany().HasForeignKey(p => p.ForumId);
        builder.HasOne(p => p.Organization).WithMany().HasForeignKey(p => p.OrganizationId);
    }
}

internal sealed class OpportunityConfiguration : IEntityTypeConfiguration<Opportunity>
{
    public void Configure(EntityTypeBuilder<Opportunity> builder)
    {
        builder.ComplexProperty(o => o.Title);
        builder.ComplexProperty(o => o.Description);
        builder.PrimitiveCollection(o => o.Areas);
        builder.HasIndex(o => new { o.ForumId, o.Direction, o.IsOpen });
        builder.HasOne(o => o.Forum).WithMany().HasForeignKey(o => o.ForumId);
        builder.HasOne(o => o.Organization).WithMany().HasForeignKey(o => o.OrganizationId);
    }
}

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

internal sealed class MatchmakingSettingsConfiguration : IEntityTypeConfiguration<MatchmakingSettings>
{
    public void Configure(EntityTypeBuilder<MatchmakingSettings> builder)
    {
        builder.HasKey(s => s.EventId);
        builder.HasOne(s => s.Event).WithOne().HasForeignKey<MatchmakingSettings>(s => s.EventId);
        builder.OwnsMany(s => s.Blocks, b => b.ToJson());
    }
}

internal sealed class MeetingLocationConfiguration : IEntityTypeConfiguration<MeetingLocation>
{
    public void Configure(EntityTypeBuilder<MeetingLocation> builder)
    {
        builder.Property(l => l.Name).HasMaxLength(100);
        builder.HasIndex(l => new { l.EventId, l.Name }).IsUnique();
        builder.HasOne(l => l.Event).WithMany().HasForeignKey(l => l.EventId);
        builder.HasOne(l => l.Organization).WithMany().HasForeignKey(l => l.OrganizationId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class MeetingSlotConfiguration : IEntityTypeConfiguration<MeetingSlot>
{
    public void Configure(EntityTypeBuilder<MeetingSlot> builder)
    {
        builder.HasIndex(s => new { s.EventId, s.Index }).IsUnique();
        builder.HasOne(s => s.Event).WithMany().HasForeignKey(s => s.EventId);
    }
}

internal sealed class ParticipantUnavailabilityConfiguration : IEntityTypeConfiguration<ParticipantUnavailability>
{
    public void Configure(EntityTypeBuilder<ParticipantUnavailability> builder)
    {
        builder.HasIndex(u => new { u.RegistrationId, u.SlotId }).IsUnique();
        builder.HasOne(u => u.Registration).WithMany().HasForeignKey(u => u.RegistrationId);
        builder.HasOne(u => u.Slot).WithMany().HasForeignKey(u => u.SlotId);
    }
}

internal sealed class ScheduleRunConfiguration : IEntityTypeConfiguration<ScheduleRun>
{
    public void Configure(EntityTypeBuilder<ScheduleRun> builder)
    {
        builder.Property(r => r.RequestedByUserId).HasMaxLength(450);
        builder.Property(r => r.Phase).HasMaxLength(200);
        builder.Property(r => r.Error).HasMaxLength(2000);
        builder.HasIndex(r => new { r.EventId, r.CreatedAtUtc });
        builder.HasOne(r => r.Event).WithMany().HasForeignKey(r => r.EventId);
    }
}

internal sealed class ScheduledMeetingConfiguration : IEntityTypeConfiguration<ScheduledMeeting>
{
    public void Configure(EntityTypeBuilder<ScheduledMeeting> builder)
    {
        // The database refuses a second meeting at one table in one slot, and a request scheduled twice.
        builder.HasIndex(m => new { m.SlotId, m.LocationId }).IsUnique();
        builder.HasIndex(m => m.MeetingRequestId).IsUnique();
        builder.HasIndex(m => m.EventId);
        builder.HasOne(m => m.MeetingRequest).WithMany().HasForeignKey(m => m.MeetingRequestId);
        builder.HasOne(m => m.Slot).WithMany().HasForeignKey(m => m.SlotId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.Location).WithMany().HasForeignKey(m => m.LocationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MeetingAttendanceConfiguration : IEntityTypeConfiguration<MeetingAttendance>
{
    public void Configure(EntityTypeBuilder<MeetingAttendance> builder)
    {
        // Nobody is in two meetings in one slot: enforced here, whichever node writes.
        builder.HasIndex(a => new { a.RegistrationId, a.SlotId }).IsUnique();
        builder.HasOne(a => a.ScheduledMeeting).WithMany(m => m.Attendees).HasForeignKey(a => a.ScheduledMeetingId);
        builder.HasOne(a => a.Registration).WithMany().HasForeignKey(a => a.RegistrationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<MeetingSlot>().WithMany().HasForeignKey(a => a.SlotId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MeetingFeedbackConfiguration : IEntityTypeConfiguration<MeetingFeedback>
{
    public void Configure(EntityTypeBuilder<MeetingFeedback> builder)
    {
        builder.Property(f => f.Comment).HasMaxLength(2000);
        builder.HasIndex(f => new { f.ScheduledMeetingId, f.RegistrationId }).IsUnique();
        builder.HasOne(f => f.ScheduledMeeting).WithMany().HasForeignKey(f => f.ScheduledMeetingId);
        builder.HasOne(f => f.Registration).WithMany().HasForeignKey(f => f.RegistrationId);
    }
}

internal sealed class AgendaFeedConfiguration : IEntityTypeConfiguration<AgendaFeed>
{
    public void Configure(EntityTypeBuilder<AgendaFeed> builder)
    {
        builder.Property(f => f.Token).HasMaxLength(64);
        builder.HasIndex(f => f.Token).IsUnique();
        builder.HasIndex(f => f.RegistrationId).IsUnique();
        builder.HasOne(f => f.Registration).WithMany().HasForeignKey(f => f.RegistrationId);
    }
}
