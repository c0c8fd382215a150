using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Matchmaking.Scheduling;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Matchmaking.MyAgenda;

/// <summary>One meeting slot as a participant sees it: free, declared unavailable, or blocked by a session they speak at.</summary>
public sealed record SlotAvailability(MeetingSlot Slot, bool Unavailable, bool FromAgenda, string? SessionTitle);

/// <summary>
/// A participant's availability by slot. Slots that overlap a session in which they speak (their account's person
/// is among the session's people) are blocked automatically and kept in step with the agenda on every visit.
/// </summary>
public sealed class Availability(AppDbContext db, PersonalAgenda agenda)
{
    public async Task<List<SlotAvailability>> ForAsync(Registration registration, CancellationToken ct)
    {
        var blocking = await SyncAgendaBlocksAsync(registration, ct);
        var slots = await db.MeetingSlots.AsNoTracking().Where(s => s.EventId == registration.EventId).OrderBy(s => s.Index).ToListAsync(ct);
        var marks = await db.ParticipantUnavailabilities.AsNoTracking().Where(u => u.RegistrationId == registration.Id)
            .ToDictionaryAsync(u => u.SlotId, ct);
        return slots.Select(s => new SlotAvailability(s, marks.ContainsKey(s.Id), marks.TryGetValue(s.Id, out var m) && m.FromAgenda,
            blocking.TryGetValue(s.Id, out var title) ? title : null)).ToList();
    }

    /// <summary>Replaces the participant's declared unavailability with <paramref name="unavailableSlotIds"/>; agenda blocks stay.</summary>
    public async Task SaveAsync(Registration registration, IReadOnlyCollection<int> unavailableSlotIds, CancellationToken ct)
    {
        await SyncAgendaBlocksAsync(registration, ct);
        var valid = await db.MeetingSlots.Where(s => s.EventId == registration.EventId && unavailableSlotIds.Contains(s.Id)).Select(s => s.Id).ToListAsync(ct);
        var existing = await db.ParticipantUnavailabilities.Where(u => u.RegistrationId == registration.Id).ToListAsync(ct);
        db.ParticipantUnavailabilities.RemoveRange(existing.Where(u => !u.FromAgenda && !valid.Contains(u.SlotId)));
        foreach (var slotId in valid.Except(existing.Select(u => u.SlotId)))
        {
            db.ParticipantUnavailabilities.Add(new ParticipantUnavailability { RegistrationId = registration.Id, SlotId = slotId });
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Makes the FromAgenda rows match the sessions the participant speaks at. Returns slot id -> session title.</summary>
    public async Task<Dictionary<int, string>> SyncAgendaBlocksAsync(Registration registration, CancellationToken ct)
    {
        var personId = await agenda.SpeakerPersonIdAsync(registration, ct);
        var blocking = new Dictionary<int, string>();
        if (personId is not null)
        {
            var sessions = await db.Sessions.AsNoTracking()
                .Where(s => s.EventId == registration.EventId && s.People.Any(p => p.PersonId == personId))
                .Select(s => new { s.StartsAtUtc, s.EndsAtUtc, s.Title }).ToListAsync(ct);
            var slots = await db.MeetingSlots.AsNoTracking().Where(s => s.EventId == registration.EventId).ToListAsync(ct);
            foreach (var slot in slots)
            {
                var session = sessions.FirstOrDefault(s => s.StartsAtUtc < slot.EndsAtUtc && slot.StartsAtUtc < s.EndsAtUtc);
                if (session is not null)
                {
                    blocking[slot.Id] = session.Title.Current;
                }
            }
        }
        var rows = await db.ParticipantUnavailabilities.Where(u => u.RegistrationId == registration.Id).ToListAsync(ct);
        foreach (var row in rows)
        {
            if (row.FromAgenda && !blocking.ContainsKey(row.SlotId))
            {
                db.ParticipantUnavailabilities.Remove(row);
            }
            else if (!row.FromAgenda && blocking.ContainsKey(row.SlotId))
            {
                row.FromAgenda = true;
            }
        }
        foreach (var slotId in blocking.Keys.Except(rows.Select(r => r.SlotId)))
        {
            db.ParticipantUnavailabilities.Add(new ParticipantUnavailability { RegistrationId = registration.Id, SlotId = slotId, FromAgenda = true });
        }
        await db.SaveChangesAsync(ct);
        return blocking;
    }
}
