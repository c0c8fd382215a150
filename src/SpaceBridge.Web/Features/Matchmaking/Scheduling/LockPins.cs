using Microsoft.EntityFrameworkCore;
using SpaceBridge.Scheduling.Model;
using SpaceBridge.Web.Infrastructure.Data;

namespace SpaceBridge.Web.Features.Matchmaking.Scheduling;

/// <summary>
/// Turns the event's locks into pinned slots and locations of the instance's meetings. A lock that cannot hold (a
/// participant is no longer free then, or it clashes with an earlier lock) pins nothing and is returned as a problem,
/// so the run still succeeds and the organizer sees why. Locks of requests no longer in the instance pin nothing either and
/// are returned as stale (<see cref="LockProblemKind.RequestGone"/>).
/// </summary>
public static class LockPins
{
    public static async Task<List<LockProblem>> PinAsync(AppDbContext db, int eventId, List<Meeting> meetings, IReadOnlyList<int> requestIds,
        IReadOnlyList<Participant> participants, IReadOnlyList<int> slotIds, IReadOnlyList<int> locationIds, CancellationToken ct)
    {
        var locks = await db.MeetingLocks.AsNoTracking().Where(l => l.EventId == eventId).OrderBy(l => l.Id).ToListAsync(ct);
        var meetingOf = IndexBy(requestIds);
        var slotOf = IndexBy(slotIds);
        var locationOf = IndexBy(locationIds);
        var problems = new List<LockProblem>();
        var busy = new HashSet<(int Participant, int Slot)>();
        var tables = new HashSet<(int Location, int Slot)>();
        foreach (var locked in locks)
        {
            if (!meetingOf.TryGetValue(locked.MeetingRequestId, out var m))
            {
                // Stale: the request left the schedule. Ignored, and shown so that the organizer unlocks it (its table and
                // slot stay held for other locks until then).
                problems.Add(new LockProblem(locked.MeetingRequestId, locked.SlotId, locked.LocationId, LockProblemKind.RequestGone));
                continue;
            }
            if (!slotOf.TryGetValue(locked.SlotId, out var s) || !locationOf.TryGetValue(locked.LocationId, out var at))
            {
                continue;
            }
            var unavailable = meetings[m].Participants.FirstOrDefault(p => participants[p].ForbiddenSlots.Contains(s), -1);
            if (unavailable >= 0)
            {
                problems.Add(new LockProblem(locked.MeetingRequestId, locked.SlotId, locked.LocationId, LockProblemKind.ParticipantUnavailable,
                    participants[unavailable].Name));
                continue;
            }
            if (meetings[m].Participants.Any(p => busy.Contains((p, s))) || tables.Contains((at, s)))
            {
                problems.Add(new LockProblem(locked.MeetingRequestId, locked.SlotId, locked.LocationId, LockProblemKind.Clash));
                continue;
            }
            busy.UnionWith(meetings[m].Participants.Select(p => (p, s)));
            tables.Add((at, s));
            meetings[m] = meetings[m] with { PinnedSlot = s, PinnedLocation = at };
        }
        return problems;
    }

    /// <summary>Each id's position in the list.</summary>
    private static Dictionary<int, int> IndexBy(IReadOnlyList<int> ids) => ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
}
