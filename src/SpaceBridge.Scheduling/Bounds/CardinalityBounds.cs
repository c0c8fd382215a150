using SpaceBridge.Scheduling.Model;

namespace SpaceBridge.Scheduling.Bounds;

/// <summary>
/// Upper bounds on how many meetings of a subset can be scheduled together, each proven by a
/// relaxation that keeps only some of the constraints.
/// </summary>
internal sealed class CardinalityBounds(InstanceIndex index, bool[][] allowed)
{
    private Instance Instance => index.Instance;

    /// <summary>
    /// Meetings to slots as a flow: a meeting may use any slot it is allowed in; a slot holds at most
    /// its table capacity and at most a per-slot matching bound of meetings. Meetings with the same
    /// allowed slots are merged, which keeps the network small.
    /// </summary>
    public long SlotFlow(IReadOnlyList<int> meetings)
    {
        var slots = index.SlotCount;
        var groups = new Dictionary<string, int>();
        var groupSlots = new List<bool[]>();
        var groupSize = new List<int>();
        foreach (var m in meetings)
        {
            var key = new string([.. allowed[m].Select(a => a ? '1' : '0')]);
            if (!groups.TryGetValue(key, out var g))
            {
                g = groups[key] = groupSlots.Count;
                groupSlots.Add(allowed[m]);
                groupSize.Add(0);
            }
            groupSize[g]++;
        }

        var capacity = SlotCapacities(meetings);
        var source = 0;
        var sink = 1;
        var flow = new MaxFlow(2 + slots + groupSlots.Count);
        for (var t = 0; t < slots; t++) flow.AddEdge(2 + t, sink, capacity[t]);
        for (var g = 0; g < groupSlots.Count; g++)
        {
            var node = 2 + slots + g;
            flow.AddEdge(source, node, groupSize[g]);
            for (var t = 0; t < slots; t++)
                if (groupSlots[g][t]) flow.AddEdge(node, 2 + t, groupSize[g]);
        }
        return flow.Run(source, sink);
    }

    /// <summary>
    /// Per slot: the tables, half the participants who could meet then, and twice a greedy maximal
    /// matching (a maximum matching is at most twice any maximal one).
    /// </summary>
    public long[] SlotCapacities(IReadOnlyList<int> meetings)
    {
        var slots = index.SlotCount;
        var tables = (long)index.LocationCapacityPerSlot;
        var result = new long[slots];
        var present = new bool[Instance.Participants.Count];
        var used = new bool[Instance.Participants.Count];
        for (var t = 0; t < slots; t++)
        {
            Array.Clear(present);
            Array.Clear(used);
            var presentCount = 0;
            var greedy = 0;
            foreach (var m in meetings)
            {
                if (!allowed[m][t]) continue;
                var participants = Instance.Meetings[m].Participants;
                var free = true;
                foreach (var p in participants)
                {
                    if (!present[p]) { present[p] = true; presentCount++; }
                    if (used[p]) free = false;
                }
                if (!free) continue;
                greedy++;
                foreach (var p in participants) used[p] = true;
            }
            result[t] = Math.Min(tables, Math.Min(presentCount / 2, 2L * greedy));
        }
        return result;
    }

    /// <summary>
    /// Per-participant availability as a flow: the fractional b-matching relaxation, where a
    /// participant takes part in at most as many meetings as it has usable slots. Solved on the
    /// bipartite double cover (each participant on both sides), whose maximum flow is twice the
    /// relaxation's optimum. Meetings of more than two people count against every pair.
    /// </summary>
    public long ParticipantFlow(IReadOnlyList<int> meetings)
    {
        var n = Instance.Participants.Count;
        var usable = new bool[n][];
        for (var p = 0; p < n; p++) usable[p] = new bool[index.SlotCount];
        foreach (var m in meetings)
            foreach (var p in Instance.Meetings[m].Participants)
                for (var t = 0; t < index.SlotCount; t++)
                    usable[p][t] |= allowed[m][t];

        var source = 0;
        var sink = 1;
        var flow = new MaxFlow(2 + 2 * n);
        for (var p = 0; p < n; p++)
        {
            var cap = usable[p].Count(u => u);
            flow.AddEdge(source, 2 + p, cap);
            flow.AddEdge(2 + n + p, sink, cap);
        }
        var multi = 0L;
        foreach (var m in meetings)
        {
            var who = Instance.Meetings[m].Participants;
            if (who.Count != 2) { multi++; continue; }
            flow.AddEdge(2 + who[0], 2 + n + who[1], 1);
            flow.AddEdge(2 + who[1], 2 + n + who[0], 1);
        }
        // Larger meetings are rare; counting them in full keeps the bound valid.
        return flow.Run(source, sink) / 2 + multi;
    }
}
