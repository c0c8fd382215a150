using SpaceBridge.Scheduling.Exact;
using SpaceBridge.Scheduling.Model;
using SpaceBridge.Scheduling.Validation;

namespace SpaceBridge.Scheduling.Tests.Exact;

/// <summary>
/// Literature-mode forums with participants spanning both blocks of a day, and a brute-force optimum of total
/// breaks for instances small enough to enumerate.
/// </summary>
public static class LunchForums
{
    /// <summary>
    /// Morning slots 0-1, afternoon slots 2-3, whole-day break counting. Hub h (participant 3h) meets 3h+1 in the
    /// morning and 3h+2 in the afternoon (meetings 2h and 2h+1): without a break a hub meets in slots 1 and 2, so
    /// at most <paramref name="tables"/> hubs can avoid one.
    /// </summary>
    internal static Instance Hubs(int hubs, int tables) => new()
    {
        Name = $"lunch-hubs-{hubs}x{tables}",
        Blocks = [new Block(0, DayPart.Morning, 0, 2), new Block(0, DayPart.Afternoon, 2, 2)],
        Participants = [.. Enumerable.Range(0, 3 * hubs).Select(p => new Participant { Name = $"P{p}" })],
        Meetings = [.. Enumerable.Range(0, hubs).SelectMany(h => new[]
        {
            new Meeting { Participants = [3 * h, 3 * h + 1], Session = SessionRestriction.Morning },
            new Meeting { Participants = [3 * h, 3 * h + 2], Session = SessionRestriction.Afternoon },
        })],
        Locations = [.. Enumerable.Range(0, tables).Select(t => new Location($"T{t}"))],
        Rules = ContestedForums.Literature,
    };

    /// <summary>
    /// <see cref="TinyInstances.Forum"/> (morning slots 0-3, afternoon slots 4-7) in literature mode with meeting 0
    /// (participants 0 and 1) in the morning only and meeting 1 (0 and 2) in the afternoon only: participant 0 spans
    /// both blocks, its third meeting (with 3) may take any slot.
    /// </summary>
    internal static Instance TinySpanning(int tables) => TinyInstances.Forum(ContestedForums.Literature, (m, x) => m switch
    {
        0 => x with { Session = SessionRestriction.Morning },
        1 => x with { Session = SessionRestriction.Afternoon },
        _ => x,
    }, tables: tables);

    /// <summary>
    /// Fewest total breaks over every assignment of meetings to their allowed slots that the independent validator
    /// accepts with all meetings placed; null when none does. Candidates where a participant meets twice in a slot or
    /// a slot holds more meetings than tables are skipped before validation (no valid schedule has them).
    /// </summary>
    internal static int? BruteForceBreaks(Instance instance)
    {
        var domains = new SlotDomains(instance);
        var slots = new int?[instance.Meetings.Count];
        var busy = new HashSet<(int Participant, int Slot)>();
        var perSlot = new int[instance.SlotCount];
        var tables = instance.Locations.Count;
        int? best = null;
        void Place(int m)
        {
            if (m == slots.Length)
            {
                var report = ScheduleValidator.Validate(instance, TableAssigner.Assign(instance, slots, "not placed"));
                if (report.IsValid && report.Metrics.UnscheduledCount == 0)
                {
                    Assert.Equal(report.Metrics.TotalBreaks, BreakCounter.PerParticipant(instance, slots).Sum());
                    best = Math.Min(best ?? int.MaxValue, report.Metrics.TotalBreaks);
                }
                return;
            }
            var members = instance.Meetings[m].Participants;
            foreach (var s in domains.AllowedSlots[m])
            {
                if (perSlot[s] == tables || members.Any(p => busy.Contains((p, s)))) continue;
                slots[m] = s;
                perSlot[s]++;
                foreach (var p in members) busy.Add((p, s));
                Place(m + 1);
                foreach (var p in members) busy.Remove((p, s));
                perSlot[s]--;
            }
            slots[m] = null;
        }
        Place(0);
        return best;
    }
}
