namespace SpaceBridge.Scheduling.Model;

/// <summary>
/// Lookup tables derived from an <see cref="Instance"/> that every component needs:
/// the block of each slot, the meetings of each participant, the slots a meeting may use.
/// </summary>
public sealed class InstanceIndex
{
    public InstanceIndex(Instance instance)
    {
        Instance = instance;
        SlotCount = instance.SlotCount;
        BlockOfSlot = new int[SlotCount];
        Array.Fill(BlockOfSlot, -1);
        for (var b = 0; b < instance.Blocks.Count; b++)
        {
            var block = instance.Blocks[b];
            for (var s = block.FirstSlot; s < block.FirstSlot + block.SlotCount; s++)
                BlockOfSlot[s] = b;
        }

        BreakWindowOfSlot = new int[SlotCount];
        Array.Fill(BreakWindowOfSlot, -1);
        var window = -1;
        Block? previous = null;
        foreach (var block in instance.Blocks.OrderBy(b => b.FirstSlot))
        {
            var joins = instance.Rules.BreaksSpanWholeDay && previous is not null
                && previous.Day == block.Day && previous.FirstSlot + previous.SlotCount == block.FirstSlot;
            if (!joins) window++;
            for (var s = block.FirstSlot; s < block.FirstSlot + block.SlotCount; s++) BreakWindowOfSlot[s] = window;
            previous = block;
        }
        BreakWindowCount = window + 1;

        var meetingsOf = new List<int>[instance.Participants.Count];
        for (var p = 0; p < meetingsOf.Length; p++) meetingsOf[p] = [];
        for (var m = 0; m < instance.Meetings.Count; m++)
            foreach (var p in instance.Meetings[m].Participants)
                if (p >= 0 && p < meetingsOf.Length) meetingsOf[p].Add(m);
        MeetingsOfParticipant = [.. meetingsOf.Select(l => l.ToArray())];
    }

    public Instance Instance { get; }
    public int SlotCount { get; }
    /// <summary>Index into <see cref="Instance.Blocks"/> for each slot, or -1 for a slot outside every block.</summary>
    public int[] BlockOfSlot { get; }
    /// <summary>
    /// For each slot, the run of slots within which idle gaps count as breaks: its block, or its
    /// day's adjacent blocks together when <see cref="SchedulingRules.BreaksSpanWholeDay"/> is set; -1 outside every block.
    /// </summary>
    public int[] BreakWindowOfSlot { get; }
    public int BreakWindowCount { get; }
    public int[][] MeetingsOfParticipant { get; }

    public DayPart? PartOfSlot(int slot) =>
        slot >= 0 && slot < SlotCount && BlockOfSlot[slot] >= 0 ? Instance.Blocks[BlockOfSlot[slot]].Part : null;

    public bool SessionAllows(Meeting meeting, int slot) => meeting.Session switch
    {
        SessionRestriction.Morning => PartOfSlot(slot) == DayPart.Morning,
        SessionRestriction.Afternoon => PartOfSlot(slot) == DayPart.Afternoon,
        _ => true,
    };

    /// <summary>True when every participant is free in the slot, the session allows it and a pin does not exclude it.</summary>
    public bool IsSlotAllowed(int meeting, int slot)
    {
        var m = Instance.Meetings[meeting];
        if (slot < 0 || slot >= SlotCount || BlockOfSlot[slot] < 0) return false;
        if (m.PinnedSlot is { } pinned && pinned != slot) return false;
        if (!SessionAllows(m, slot)) return false;
        foreach (var p in m.Participants)
            if (Instance.Participants[p].ForbiddenSlots.Contains(slot)) return false;
        return true;
    }

    public int[] AllowedSlots(int meeting) =>
        [.. Enumerable.Range(0, SlotCount).Where(s => IsSlotAllowed(meeting, s))];

    /// <summary>Total number of meetings all locations can host in one slot; unlimited when there are no locations.</summary>
    public int LocationCapacityPerSlot =>
        Instance.Locations.Count == 0 ? int.MaxValue : Instance.Locations.Sum(l => l.Capacity);
}
