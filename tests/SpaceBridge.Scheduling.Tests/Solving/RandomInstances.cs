using SpaceBridge.Scheduling.Model;

namespace SpaceBridge.Scheduling.Tests.Solving;

/// <summary>
/// Small random instances for property tests. Each is built around a hidden valid schedule from
/// which pins and precedences are drawn, so pinned meetings always have a place; the requests on top
/// of the hidden schedule make the instance over-subscribed.
/// </summary>
public static class RandomInstances
{
    public static (Instance Instance, Solution Hidden) Create(int seed, bool requireAll = false, bool withPins = true)
    {
        var random = new Random(seed);
        var days = random.Next(1, 3);
        var slotsPerBlock = random.Next(2, 5);
        var blocks = new List<Block>();
        for (var d = 0; d < days; d++)
        {
            blocks.Add(new Block(d, DayPart.Morning, 2 * d * slotsPerBlock, slotsPerBlock));
            blocks.Add(new Block(d, DayPart.Afternoon, (2 * d + 1) * slotsPerBlock, slotsPerBlock));
        }
        var slotCount = 2 * days * slotsPerBlock;
        var participantCount = random.Next(3, 11);
        var tables = random.Next(1, 4);
        var busy = new HashSet<(int, int)>();
        var load = new int[slotCount];

        // The hidden schedule: meetings placed without clashes.
        var meetings = new List<Meeting>();
        var hidden = new List<Assignment>();
        for (var attempt = 0; attempt < 3 * participantCount; attempt++)
        {
            var a = random.Next(participantCount);
            var b = random.Next(participantCount);
            var slot = random.Next(slotCount);
            if (a == b || busy.Contains((a, slot)) || busy.Contains((b, slot)) || load[slot] >= tables) continue;
            busy.Add((a, slot)); busy.Add((b, slot));
            hidden.Add(new Assignment(meetings.Count, slot, load[slot]++));
            meetings.Add(new Meeting { Participants = [a, b], Weight = random.Next(1, 4) });
        }
        var hiddenCount = meetings.Count;
        for (var m = 0; m < hiddenCount; m++)
        {
            var slot = hidden[m].Slot!.Value;
            var roll = random.NextDouble();
            if (roll < 0.15 && withPins) meetings[m] = meetings[m] with { PinnedSlot = slot };
            else if (roll < 0.3) meetings[m] = meetings[m] with { Session = blocks.First(b => slot >= b.FirstSlot && slot < b.FirstSlot + b.SlotCount).Part == DayPart.Morning ? SessionRestriction.Morning : SessionRestriction.Afternoon };
            var earlier = hidden.Take(hiddenCount).Where(h => h.Slot < slot && random.NextDouble() < 0.1).Select(h => h.Meeting).ToList();
            if (earlier.Count > 0) meetings[m] = meetings[m] with { Predecessors = earlier };
        }

        // Extra requests that may not fit (only when meetings are optional).
        if (!requireAll)
            for (var extra = random.Next(0, 2 * participantCount); extra > 0; extra--)
            {
                var a = random.Next(participantCount);
                var b = random.Next(participantCount);
                if (a != b) meetings.Add(new Meeting { Participants = [a, b], Weight = random.Next(1, 4) });
            }

        var participants = Enumerable.Range(0, participantCount).Select(p =>
        {
            var free = Enumerable.Range(0, slotCount).Where(s => !busy.Contains((p, s))).ToList();
            var forbidden = free.Where(_ => random.NextDouble() < 0.15).ToHashSet();
            return new Participant { Name = $"P{p}", ForbiddenSlots = forbidden };
        }).ToList();

        var instance = new Instance
        {
            Name = $"random-{seed}",
            Blocks = blocks,
            Participants = participants,
            Meetings = meetings,
            Locations = [.. Enumerable.Range(0, tables).Select(t => new Location($"T{t}"))],
            Rules = new SchedulingRules { RequireAllMeetings = requireAll },
        };
        var solution = new Solution
        {
            Assignments = [.. hidden, .. Enumerable.Range(hiddenCount, meetings.Count - hiddenCount).Select(m => new Assignment(m, null, null))],
        };
        return (instance, solution);
    }
}
