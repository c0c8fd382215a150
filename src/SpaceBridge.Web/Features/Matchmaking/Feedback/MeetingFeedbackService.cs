using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Matchmaking.Scheduling;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Infrastructure.Data;
using SpaceBridge.Web.Infrastructure.Errors;

namespace SpaceBridge.Web.Features.Matchmaking.Feedback;

/// <summary>What a participant sends after a meeting; whether it took place must be said.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record FeedbackInput(
    [property: JsonRequired] bool TookPlace,
    MeetingOutcome? Outcome,
    [property: StringLength(MeetingFeedbackService.MaxCommentLength)] string? Comment);

/// <summary>
/// Feedback on a published meeting, by its two participants only, once it has started. One entry per participant,
/// replaced when sent again. Private: each participant reads only their own; organizers read all.
/// </summary>
public sealed class MeetingFeedbackService(AppDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public const int MaxCommentLength = 2000;

    /// <summary>The meeting if the user's registration is one of its participants (and it is published), else null.</summary>
    public async Task<(ScheduledMeeting Meeting, Registration Participant)?> FindAsync(int meetingId, string? userId, CancellationToken ct)
    {
        if (userId is null)
        {
            return null;
        }
        var meeting = await db.ScheduledMeetings.AsNoTracking().Include(m => m.Slot).Include(m => m.Location).Include(m => m.MeetingRequest)
            .FirstOrDefaultAsync(m => m.Id == meetingId && m.IsPublished, ct);
        if (meeting is null)
        {
            return null;
        }
        var participant = await db.Registrations.AsNoTracking()
            .Where(r => r.UserId == userId && r.Status == RegistrationStatus.Approved
                && (r.Id == meeting.MeetingRequest.FromRegistrationId || r.Id == meeting.MeetingRequest.ToRegistrationId))
            .FirstOrDefaultAsync(ct);
        return participant is null ? null : (meeting, participant);
    }

    public Task<MeetingFeedback?> OwnAsync(int meetingId, int registrationId, CancellationToken ct) =>
        db.MeetingFeedback.AsNoTracking().FirstOrDefaultAsync(f => f.ScheduledMeetingId == meetingId && f.RegistrationId == registrationId, ct);

    public async Task<MeetingFeedback> SaveAsync(ScheduledMeeting meeting, Registration participant, FeedbackInput input, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (now < meeting.Slot.StartsAtUtc)
        {
            throw new DomainValidationException("tookPlace", l["Feedback.Error.NotYet"]);
        }
        if (input.TookPlace && input.Outcome is null)
        {
            throw new DomainValidationException("outcome", l["Feedback.Error.Outcome"]);
        }
        if (input.Outcome is { } o && !Enum.IsDefined(o))
        {
            throw new DomainValidationException("outcome", l["Feedback.Error.Outcome"]);
        }
        var comment = string.IsNullOrWhiteSpace(input.Comment) ? null : input.Comment.Trim();
        if (comment?.Length > MaxCommentLength)
        {
            throw new DomainValidationException("comment", l["Feedback.Error.CommentTooLong", MaxCommentLength]);
        }
        var feedback = await db.MeetingFeedback.FirstOrDefaultAsync(f => f.ScheduledMeetingId == meeting.Id && f.RegistrationId == participant.Id, ct);
        if (feedback is null)
        {
            feedback = new MeetingFeedback { ScheduledMeetingId = meeting.Id, RegistrationId = participant.Id };
            db.MeetingFeedback.Add(feedback);
        }
        feedback.TookPlace = input.TookPlace;
        feedback.Outcome = input.TookPlace ? input.Outcome : null;
        feedback.Comment = comment;
        feedback.CreatedAtUtc = now;
        await db.SaveChangesAsync(ct);
        return feedback;
    }
}
