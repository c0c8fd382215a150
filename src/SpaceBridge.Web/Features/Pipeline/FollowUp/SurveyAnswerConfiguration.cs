using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SpaceBridge.Web.Features.Pipeline.FollowUp;

internal sealed class SurveyAnswerConfiguration : IEntityTypeConfiguration<SurveyAnswer>
{
    public void Configure(EntityTypeBuilder<SurveyAnswer> builder)
    {
        builder.Property(a => a.Progress).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.Comment).HasMaxLength(2000);
        builder.HasIndex(a => new { a.EventId, a.Wave, a.RegistrationId }).IsUnique();
    }
}
