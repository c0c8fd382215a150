using SpaceBridge.Scheduling.Model;

namespace SpaceBridge.Scheduling.Exact;

/// <summary>
/// The parts of an incumbent schedule that one large-neighbourhood step frees (every other meeting
/// stays in its slot): the meetings of a participant with breaks and of partners met through shared
/// meetings, or the meetings held in a window of consecutive slots.
/// </summary>
internal sealed class LnsNeighbourhoods(Instance instance, SlotDomains domains)
{
    private readonly IReadOnlyList<BreakWindow> windows = BreakWindow.Of(instance);

    /// <summary>A participant with breaks (any participant when nobody has one) and partners until about <paramref name="size"/> meetings are free.</summary>
    public bool[] AroundParticipants(int[] breaks, Random random, int size)
    {
        var free = new bool[instance.Meetings.Count];
        var withBreaks = Enumerable.Range(0, breaks.Length).Where(p => breaks[p] > 0).ToArray();
        var seed = withBreaks.Length > 0 ? withBreaks[random.Next(withBreaks.Length)] : random.Next(breaks.Length);
        var chosen = new HashSet<int> { seed };
        var frontier = new List<int> { seed };
        var count = 0;
        while (frontier.Count > 0 && count < size)
        {
            var i = random.Next(frontier.Count);
            var p = frontier[i];
            frontier[i] = frontier[^1];
            frontier.RemoveAt(frontier.Count - 1);
            foreach (var m in domains.MeetingsOf[p])
            {
                if (!free[m]) { free[m] = true; count++; }
                foreach (var q in instance.Meetings[m].Participants)
                    if (chosen.Add(q)) frontier.Add(q);
            }
            // Prefer partners that have breaks themselves half of the time.
            if (random.Next(2) == 0)
                frontier.Sort((a, b) => breaks[b].CompareTo(breaks[a]));
        }
        return free;
    }

    /// <summary>The meetings held in a run of consecutive slots of one break window, about <paramref name="size"/> of them.</summary>
    public bool[] TimeWindow(IReadOnlyList<int?> slots, Random random, int size)
    {
        var free = new bool[instance.Meetings.Count];
        var perSlot = new int[domains.SlotCount];
        foreach (var slot in slots)
            if (slot is { } s) perSlot[s]++;
        var window = windows[random.Next(windows.Count)];
        var first = window.FirstSlot + random.Next(window.SlotCount);
        var last = first;
        var count = perSlot[first];
        while (count < size && (first > window.FirstSlot || last < window.End - 1))
        {
            var left = first > window.FirstSlot && (last == window.End - 1 || random.Next(2) == 0);
            if (left) count += perSlot[--first];
            else count += perSlot[++last];
        }
        for (var m = 0; m < free.Length; m++)
            free[m] = slots[m] is { } s && s >= first && s <= last;
        return free;
    }
}
