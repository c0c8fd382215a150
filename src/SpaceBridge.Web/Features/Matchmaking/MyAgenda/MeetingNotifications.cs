using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpaceBridge.Web.Features.Matchmaking.Interpreters;
using SpaceBridge.Web.Features.Matchmaking.Requests;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Matchmaking.MyAgenda;

/// <summary>
/// One participant's meeting after a publish or repair: newly scheduled (no old slot) or moved from another slot
/// (or table: pass the same slot as old and new).
/// </summary>
public sealed record MeetingChange(int RegistrationId, int ScheduledMeetingId, int? OldSlotId, int NewSlotId);

/// <summary>
/// E-mails participants when their meetings are scheduled or moved, naming the interpreter a meeting needs (derived as the
/// agenda derives it: both sides' languages and the event's pools). Called after a schedule is published.
/// </summary>
public sealed class MeetingNotifications(AppDbContext db, MeetingMail mail, IStringLocalizer<SharedResource> l)
{
    public async Task NotifyPublishedAsync(int eventId, IReadOnlyCollection<MeetingChange> changes, CancellationToken ct = default)
    {
        if (changes.Count == 0)
        {
            return;
        }
        var ev = await db.Events.AsNoTracking().FirstAsync(e => e.Id == eventId, ct);
        var meetingIds = changes.Select(c => c.ScheduledMeetingId).Distinct().ToList();
        var meetings = await db.ScheduledMeetings.AsNoTracking().Where(m => m.EventId == eventId && meetingIds.Contains(m.Id))
            .Select(m => new
            {
                m.Id, Location = m.Location.Name, m.Slot.StartsAtUtc,
                FromId = m.MeetingRequest.FromRegistrationId, ToId = m.MeetingRequest.ToRegistrationId,
                FromLanguages = m.MeetingRequest.From.MeetingLanguages, ToLanguages = m.MeetingRequest.To.MeetingLanguages,
            })
            .ToDictionaryAsync(m => m.Id, ct);
        // The pools are read only when a meeting needs an interpreter.
        var needy = meetings.Values.Where(m => InterpreterUse.PairFor(m.FromLanguages, m.ToLanguages, []) is not null).ToList();
        var pools = needy.Count == 0 ? [] : await InterpreterPair.OfEventAsync(db, eventId, ct);
        var interpreters = needy.ToDictionary(m => m.Id, m => InterpreterUse.PairFor(m.FromLanguages, m.ToLanguages, pools)!);
        var oldSlotIds = changes.Where(c => c.OldSlotId is not null).Select(c => c.OldSlotId!.Value).Distinct().ToList();
        var oldSlots = await db.MeetingSlots.AsNoTracking().Where(s => oldSlotIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => s.StartsAtUtc, ct);
        var people = await mail.RecipientsAsync(
            changes.Select(c => c.RegistrationId).Concat(meetings.Values.SelectMany(m => new[] { m.FromId, m.ToId })), ct);
        var organizations = await Counterparts.DescribeAsync(db, people.Keys, ct);

        foreach (var change in changes)
        {
            if (!meetings.TryGetValue(change.ScheduledMeetingId, out var meeting) || !people.TryGetValue(change.RegistrationId, out var to))
            {
                continue;
            }
            var counterpartId = meeting.FromId == change.RegistrationId ? meeting.ToId : meeting.FromId;
            var when = MeetingMail.LocalTime(ev, meeting.StartsAtUtc);
            DateTime? before = change.OldSlotId is { } old && oldSlots.TryGetValue(old, out var at) ? at : null;
            await mail.SendAsync(to, culture =>
            {
                var counterpart = organizations.TryGetValue(counterpartId, out var c) ? c.Describe(culture) : "";
                var (subject, text) = before is null
                    ? (l["Meetings.Mail.Scheduled.Subject", ev.Name.In(culture)].Value,
                       l["Meetings.Mail.Scheduled.Text", counterpart, when, meeting.Location, ev.Name.In(culture)].Value)
                    : (l["Meetings.Mail.Moved.Subject", ev.Name.In(culture)].Value,
                       l["Meetings.Mail.Moved.Text", counterpart, MeetingMail.LocalTime(ev, before.Value), when, meeting.Location].Value);
                return interpreters.TryGetValue(meeting.Id, out var pair)
                    ? (subject, $"{text}\n{pair.Arranged(l)}")
                    : (subject, text);
            }, ct);
        }
    }
}
