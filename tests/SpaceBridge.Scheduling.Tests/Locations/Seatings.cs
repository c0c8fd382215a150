using SpaceBridge.Scheduling.Model;
using SpaceBridge.Scheduling.Validation;

namespace SpaceBridge.Scheduling.Tests.Locations;

/// <summary>
/// Small random schedules with fixed slots for the location assignment: tables, exhibitors at booths, meetings pinned
/// to a table, every slot holding no more meetings than there are locations (so every assignment that keeps pins and
/// booths exists), and a brute-force search for the fewest table changes over all such assignments.
/// </summary>
public static class Seatings
{
    public static (Instance Instance, int?[] Slots) Create(int seed, int maxMeetings, int maxParticipants = 8)
    {
        var random = new Random(seed);
        var slotCount = random.Next(2, 6);
        var participantCount = random.Next(4, maxParticipants + 1);
        var tables = random.Next(1, 4);
        var exhibitors = random.Next(0, 3);
        var locations = Enumerable.Range(0, tables).Select(t => new Location($"T{t}"))
            .Concat(Enumerable.Range(0, exhibitors).Select(e => new Location($"B{e}", LocationKind.Booth))).ToList();
        var participants = Enumerable.Range(0, participantCount)
            .Select(p => new Participant { Name = $"P{p}", HomeLocation = p < exhibitors ? tables + p : null }).ToList();
        var meetings = new List<Meeting>();
        var slots = new List<int?>();
        for (var slot = 0; slot < slotCount && meetings.Count < maxMeetings; slot++)
        {
            var busy = new HashSet<int>();
            var pins = new HashSet<int>();
            var placed = 0;
            for (var attempt = 0; attempt < 2 * participantCount && meetings.Count < maxMeetings && placed < locations.Count; attempt++)
            {
                var (a, b) = (random.Next(participantCount), random.Next(participantCount));
                if (a == b || busy.Contains(a) || busy.Contains(b) || (a < exhibitors && b < exhibitors)) continue;
                int? pin = null;
                if (a >= exhibitors && b >= exhibitors && random.NextDouble() < 0.15)
                {
                    var table = random.Next(tables);
                    if (!pins.Add(table)) continue;
                    pin = table;
                }
                busy.Add(a);
                busy.Add(b);
                placed++;
                meetings.Add(new Meeting { Participants = [a, b], PinnedLocation = pin });
                slots.Add(slot);
            }
        }
        // A request left out of the schedule: it must get no location.
        if (random.NextDouble() < 0.3 && participantCount > 1)
        {
            meetings.Add(new Meeting { Participants = [0, participantCount - 1] });
            slots.Add(null);
        }
        var instance = new Instance
        {
            Name = $"seating-{seed}",
            Blocks = [new Block(0, DayPart.Morning, 0, slotCount)],
            Participants = participants,
            Meetings = meetings,
            Locations = locations,
        };
        return (instance, [.. slots]);
    }

    public static Solution Solution(IReadOnlyList<int?> slots, IReadOnlyList<int?> locations) => new()
    {
        Assignments = [.. slots.Select((s, m) => new Assignment(m, s, s is null ? null : locations[m]))],
    };

    public static ScheduleMetrics Metrics(Instance instance, IReadOnlyList<int?> slots, IReadOnlyList<int?> locations)
    {
        var report = ScheduleValidator.Validate(instance, Solution(slots, locations));
        Assert.True(report.IsValid, string.Join("; ", report.Violations));
        return report.Metrics;
    }

    /// <summary>Table changes counted as the metrics count them: consecutive meetings of a participant at two locations.</summary>
    public static int Changes(Instance instance, IReadOnlyList<int?> slots, IReadOnlyList<int> locations)
    {
        var changes = 0;
        for (var p = 0; p < instance.Participants.Count; p++)
        {
            var sequence = Enumerable.Range(0, instance.Meetings.Count)
                .Where(m => slots[m] is not null && instance.Meetings[m].Participants.Contains(p))
                .OrderBy(m => slots[m]).Select(m => locations[m]).ToList();
            changes += sequence.Zip(sequence.Skip(1)).Count(x => x.First != x.Second);
        }
        return changes;
    }

    /// <summary>
    /// The fewest table changes over every assignment that keeps pins and home booths and one meeting per location and slot.
    /// With <paramref name="freeAtBooths"/> false, meetings without a pin or an exhibitor sit at tables in every slot
    /// that has a table for each of them (the rule of the assigner and of the bound).
    /// </summary>
    public static int BruteForceFewestChanges(Instance instance, IReadOnlyList<int?> slots, bool freeAtBooths = true)
    {
        var scheduled = Enumerable.Range(0, instance.Meetings.Count).Where(m => slots[m] is not null).ToList();
        bool Free(int m) => instance.Meetings[m].PinnedLocation is null && instance.Meetings[m].Participants.All(p => instance.Participants[p].HomeLocation is null);
        var tables = Enumerable.Range(0, instance.Locations.Count).Where(l => instance.Locations[l].Kind == LocationKind.Table).ToList();
        var tablesOnly = scheduled.GroupBy(m => slots[m]!.Value).Where(g =>
                !freeAtBooths && g.Count(Free) <= tables.Count - g.Count(m => instance.Meetings[m].PinnedLocation is not null))
            .Select(g => g.Key).ToHashSet();
        var choices = scheduled.Select(m =>
        {
            var meeting = instance.Meetings[m];
            if (meeting.PinnedLocation is { } pin) return new[] { pin };
            var home = meeting.Participants.Select(p => instance.Participants[p].HomeLocation).OfType<int>().ToArray();
            return home.Length > 0 ? home
                : tablesOnly.Contains(slots[m]!.Value) ? tables.ToArray() : Enumerable.Range(0, instance.Locations.Count).ToArray();
        }).ToList();
        var locations = new int[instance.Meetings.Count];
        var taken = new HashSet<(int Slot, int Location)>();
        var best = int.MaxValue;
        Search(0);
        return best;

        void Search(int i)
        {
            if (i == scheduled.Count)
            {
                best = Math.Min(best, Changes(instance, slots, locations));
                return;
            }
            var m = scheduled[i];
            foreach (var l in choices[i])
            {
                if (!taken.Add((slots[m]!.Value, l))) continue;
                locations[m] = l;
                Search(i + 1);
                taken.Remove((slots[m]!.Value, l));
            }
        }
    }
}
