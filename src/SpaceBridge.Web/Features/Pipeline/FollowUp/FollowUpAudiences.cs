using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Pipeline.Initiatives;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Pipeline.FollowUp;

/// <summary>The recipients of a follow-up mail, one per address, as the compose page previews and sends it.</summary>
public sealed class FollowUpAudiences(AppDbContext db, TimeProvider clock)
{
    public async Task<List<BatchRecipient>> RecipientsAsync(int forumId, FollowUpAudience audience, int? eventId, RegistrationStatus? status,
        CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        List<BatchRecipient> recipients;
        switch (audience)
        {
            case FollowUpAudience.Registrants:
                recipients = await db.Registrations.AsNoTracking()
                    .Where(r => r.EventId == eventId && r.Event.ForumId == forumId && r.Status == status)
                    .OrderBy(r => r.Id).Select(r => new BatchRecipient(r.Email, r.RomanizedName, "en", r.Id)).ToListAsync(ct);
                break;
            case FollowUpAudience.MeetingParticipants:
                recipients = await db.MeetingAttendances.AsNoTracking()
                    .Where(a => a.ScheduledMeeting.EventId == eventId && a.ScheduledMeeting.IsPublished && a.ScheduledMeeting.Slot.StartsAtUtc < now
                        && a.Registration.Event.ForumId == forumId)
                    .OrderBy(a => a.RegistrationId).Select(a => new BatchRecipient(a.Registration.Email, a.Registration.RomanizedName, "en", a.RegistrationId))
                    .ToListAsync(ct);
                break;
            default:
                var closed = new[] { InitiativeStage.Completed, InitiativeStage.Dropped };
                var organizations = await db.InitiativeParties.AsNoTracking()
                    .Where(p => db.Initiatives.Any(i => i.Id == p.InitiativeId && i.ForumId == forumId && !closed.Contains(i.Stage)))
                    .Select(p => p.OrganizationId).Distinct().ToListAsync(ct);
                recipients = (await InitiativeMembers.OfAsync(db, forumId, organizations, ct)).Select(m => new BatchRecipient(m.Email, m.Name)).ToList();
                break;
        }
        return recipients.DistinctBy(r => r.Email.Trim().ToLowerInvariant()).ToList();
    }
}
