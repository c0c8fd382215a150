using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Matchmaking.Feedback;

/// <summary>An organizer's view of an event's meeting feedback: counts per outcome, the share that took place, the comments.</summary>
public sealed record FeedbackSummary(int Meetings, int Answers, int TookPlace, IReadOnlyDictionary<MeetingOutcome, int> Outcomes, List<FeedbackComment> Comments)
{
    public double TookPlaceShare => Answers == 0 ? 0 : (double)TookPlace / Answers;

    /// <summary>Organizers only: never shown to delegates.</summary>
    public static async Task<FeedbackSummary> ForEventAsync(AppDbContext db, int eventId, CancellationToken ct)
    {
        var meetings = await db.ScheduledMeetings.CountAsync(m => m.EventId == eventId && m.IsPublished, ct);
        var rows = await db.MeetingFeedback.AsNoTracking().Where(f => f.ScheduledMeeting.EventId == eventId)
            .Select(f => new { f.ScheduledMeetingId, f.TookPlace, f.Outcome, f.Comment, f.Registration.RomanizedName, f.Registration.OrganizationName, f.CreatedAtUtc })
            .ToListAsync(ct);
        var outcomes = Enum.GetValues<MeetingOutcome>().ToDictionary(o => o, o => rows.Count(r => r.Outcome == o));
        var comments = rows.Where(r => r.Comment is not null).OrderBy(r => r.CreatedAtUtc)
            .Select(r => new FeedbackComment(r.ScheduledMeetingId, r.RomanizedName, r.OrganizationName, r.Outcome, r.Comment!)).ToList();
        return new FeedbackSummary(meetings, rows.Count, rows.Count(r => r.TookPlace), outcomes, comments);
    }
}

public sealed record FeedbackComment(int MeetingId, string Author, string Organization, MeetingOutcome? Outcome, string Text);
