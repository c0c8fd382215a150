using SpaceBridge.Scheduling.Model;

namespace SpaceBridge.Scheduling.Exact;

/// <summary>
/// The slots each meeting may take (session restriction, every participant's forbidden
/// slots, a pinned slot) and the block of every slot.
/// </summary>
internal sealed class SlotDomains
{
    public int SlotCount { get; }
    public int[] BlockOfSlot { get; }
    public int[][] AllowedSlots { get; }
    /// <summary>Meeting indices per participant.</summary>
    public int[][] MeetingsOf { get; }
    /// <summary>Per meeting: the interpreter pool it needs (<see cref="InterpreterNeeds"/>), or a negative value.</summary>
    public int[] InterpreterPool { get; }

    public SlotDomains(Instance instance)
    {
        SlotCount = instance.SlotCount;
        BlockOfSlot = new int[SlotCount];
        Array.Fill(BlockOfSlot, -1);
        for (var b = 0; b < instance.Blocks.Count; b++)
        {
            var block = instance.Blocks[b];
            for (var s = block.FirstSlot; s < block.FirstSlot + block.SlotCount; s++) BlockOfSlot[s] = b;
        }

        var byParticipant = new List<int>[instance.Participants.Count];
        for (var p = 0; p < byParticipant.Length; p++) byParticipant[p] = [];
        AllowedSlots = new int[instance.Meetings.Count][];
        InterpreterPool = InterpreterNeeds.PoolOfMeetings(instance);
        for (var m = 0; m < instance.Meetings.Count; m++)
        {
            var meeting = instance.Meetings[m];
            foreach (var p in meeting.Participants.Distinct()) byParticipant[p].Add(m);
            AllowedSlots[m] = Enumerable.Range(0, SlotCount).Where(s => Allows(instance, meeting, s) && Interpretable(instance, InterpreterPool[m], s)).ToArray();
        }
        MeetingsOf = byParticipant.Select(l => l.ToArray()).ToArray();
    }

    private SlotDomains(SlotDomains source, int[][] allowedSlots)
    {
        SlotCount = source.SlotCount;
        BlockOfSlot = source.BlockOfSlot;
        MeetingsOf = source.MeetingsOf;
        InterpreterPool = source.InterpreterPool;
        AllowedSlots = allowedSlots;
    }

    /// <summary>
    /// The same domains with every meeting outside <paramref name="free"/> pinned to its slot in
    /// <paramref name="slots"/>: the sub-problem of a large-neighbourhood search step.
    /// </summary>
    public SlotDomains FixAllBut(IReadOnlyList<int?> slots, IReadOnlyList<bool> free) =>
        new(this, AllowedSlots.Select((allowed, m) => free[m] || slots[m] is not { } s ? allowed : [s]).ToArray());

    public Block BlockOf(Instance instance, int slot) => instance.Blocks[BlockOfSlot[slot]];

    /// <summary>False when the meeting needs an interpreter and none of its pair is free in the slot (or no pool covers it).</summary>
    private static bool Interpretable(Instance instance, int pool, int slot) =>
        pool == InterpreterNeeds.None || (pool >= 0 && instance.Interpreters[pool].AvailableIn(slot) > 0);

    private bool Allows(Instance instance, Meeting meeting, int slot)
    {
        if (BlockOfSlot[slot] < 0) return false;
        if (meeting.PinnedSlot is { } pinned && pinned != slot) return false;
        var part = instance.Blocks[BlockOfSlot[slot]].Part;
        if (meeting.Session == SessionRestriction.Morning && part != DayPart.Morning) return false;
        if (meeting.Session == SessionRestriction.Afternoon && part != DayPart.Afternoon) return false;
        return meeting.Participants.All(p => !instance.Participants[p].ForbiddenSlots.Contains(slot));
    }
}
