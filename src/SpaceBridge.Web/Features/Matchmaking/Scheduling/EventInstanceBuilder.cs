using Microsoft.EntityFrameworkCore;
using SpaceBridge.Scheduling.Model;
using SpaceBridge.Web.Features.Matchmaking.Interpreters;
using SpaceBridge.Web.Features.Matchmaking.Requests;
using SpaceBridge.Web.Features.Registrations;
using SpaceBridge.Web.Infrastructure.Data;
using Block = SpaceBridge.Scheduling.Model.Block;
using Location = SpaceBridge.Scheduling.Model.Location;

namespace SpaceBridge.Web.Features.Matchmaking.Scheduling;

/// <summary>
/// Reads an event's matchmaking into a scheduler instance: participants are the approved registrations in
/// accepted requests, meetings the accepted requests between two approved registrations (priority as weight),
/// slots the event's meeting slots grouped by block, locations its tables and booths (a booth is the home of the
/// people of its organization), forbidden slots the declared or agenda-derived unavailability, pins the organizers'
/// locks (<see cref="LockPins"/>), preferences each side's mark, languages those the registration lists for meetings,
/// and interpreters the event's pools (each pool's count free in every slot).
/// </summary>
public sealed class EventInstanceBuilder(AppDbContext db)
{
    public async Task<EventInstance> BuildAsync(int eventId, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().FirstAsync(e => e.Id == eventId, ct);
        var requests = await db.MeetingRequests.AsNoTracking()
            .Where(r => r.EventId == eventId && r.Status == MeetingRequestStatus.Accepted
                && r.From.Status == RegistrationStatus.Approved && r.To.Status == RegistrationStatus.Approved
                && r.From.EventId == eventId && r.To.EventId == eventId && r.FromRegistrationId != r.ToRegistrationId)
            .OrderBy(r => r.Id)
            .Select(r => new { r.Id, r.FromRegistrationId, r.ToRegistrationId, r.Priority, r.FromMark, r.ToMark })
            .ToListAsync(ct);
        var registrationIds = requests.SelectMany(r => new[] { r.FromRegistrationId, r.ToRegistrationId }).Distinct().Order().ToList();
        var registrations = await db.Registrations.AsNoTracking().Where(r => registrationIds.Contains(r.Id))
            .Select(r => new { r.Id, r.RomanizedName, r.OrganizationId, r.MeetingLanguages }).ToDictionaryAsync(r => r.Id, ct);
        var slots = await db.MeetingSlots.AsNoTracking().Where(s => s.EventId == eventId).OrderBy(s => s.Index).ToListAsync(ct);
        var locations = await db.MeetingLocations.AsNoTracking().Where(l => l.EventId == eventId)
            .OrderBy(l => l.Kind).ThenBy(l => l.Id).ToListAsync(ct);
        var unavailable = await db.ParticipantUnavailabilities.AsNoTracking()
            .Where(u => registrationIds.Contains(u.RegistrationId) && u.Slot.EventId == eventId)
            .Select(u => new { u.RegistrationId, u.SlotId }).ToListAsync(ct);

        var slotIndex = slots.Select((s, i) => (s.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var days = slots.Select(s => DateOnly.FromDateTime(ev.ToLocal(s.StartsAtUtc).DateTime)).Distinct().Order().ToList();
        var blocks = new List<Block>();
        for (var i = 0; i < slots.Count;)
        {
            var first = i;
            while (i < slots.Count && slots[i].BlockIndex == slots[first].BlockIndex)
            {
                i++;
            }
            var local = ev.ToLocal(slots[first].StartsAtUtc);
            blocks.Add(new Block(days.IndexOf(DateOnly.FromDateTime(local.DateTime)), local.Hour < 12 ? DayPart.Morning : DayPart.Afternoon, first, i - first));
        }

        var boothOf = locations.Select((l, i) => (l, i)).Where(x => x.l.Kind == MeetingLocationKind.Booth && x.l.OrganizationId is not null)
            .GroupBy(x => x.l.OrganizationId!.Value).ToDictionary(g => g.Key, g => g.First().i);
        var forbidden = unavailable.GroupBy(u => u.RegistrationId)
            .ToDictionary(g => g.Key, g => (IReadOnlySet<int>)g.Where(u => slotIndex.ContainsKey(u.SlotId)).Select(u => slotIndex[u.SlotId]).ToHashSet());
        var participants = registrationIds.Select(id => new Participant
        {
            Name = registrations[id].RomanizedName,
            ForbiddenSlots = forbidden.GetValueOrDefault(id) ?? new HashSet<int>(),
            HomeLocation = registrations[id].OrganizationId is { } org && boothOf.TryGetValue(org, out var booth) ? booth : null,
            Languages = registrations[id].MeetingLanguages,
        }).ToList();
        var interpreters = await db.Set<EventInterpreterPool>().AsNoTracking().Where(p => p.EventId == eventId).OrderBy(p => p.Id)
            .Select(p => new { p.LanguageA, p.LanguageB, p.Count }).ToListAsync(ct);
        var participantIndex = registrationIds.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        var meetings = requests.Select(r => new Meeting
        {
            Participants = [participantIndex[r.FromRegistrationId], participantIndex[r.ToRegistrationId]],
            Weight = Math.Max(1, r.Priority),
            Preferences = [r.FromMark.ToSolver(), r.ToMark.ToSolver()],
            ExternalId = r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).ToList();
        List<int> requestIds = [.. requests.Select(r => r.Id)], slotIds = [.. slots.Select(s => s.Id)], locationIds = [.. locations.Select(l => l.Id)];
        var lockProblems = await LockPins.PinAsync(db, eventId, meetings, requestIds, participants, slotIds, locationIds, ct);

        var instance = new Instance
        {
            Name = ev.Slug,
            Blocks = blocks,
            Participants = participants,
            Meetings = meetings,
            Locations = [.. locations.Select(l => new Location(l.Name, l.Kind == MeetingLocationKind.Booth ? LocationKind.Booth : LocationKind.Table))],
            Interpreters = [.. interpreters.Select(p => new InterpreterPool(p.LanguageA, p.LanguageB, [.. Enumerable.Repeat(p.Count, slots.Count)]))],
        };
        return new EventInstance(instance, requestIds, registrationIds, slotIds, locationIds)
        {
            LockProblems = lockProblems,
        };
    }
}
