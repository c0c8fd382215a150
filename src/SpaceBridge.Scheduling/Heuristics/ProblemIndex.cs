using SpaceBridge.Scheduling.Model;

namespace SpaceBridge.Scheduling.Heuristics;

/// <summary>
/// Flat arrays compiled once from an <see cref="Instance"/> and shared read-only by every
/// search worker, so the inner loops touch arrays and bit masks rather than records.
/// </summary>
internal sealed class ProblemIndex
{
    public Instance Instance { get; }
    public int ParticipantCount { get; }
    public int SlotCount { get; }
    public int MeetingCount { get; }
    public int LocationCount { get; }
    public int Words { get; }
    public int[] MeetingStart { get; }
    public int[] MeetingParticipants { get; }
    public int[] Weight { get; }
    /// <summary>Weight in the solvers' order: tiers (locked, must-meet, meet, optional) lexicographically (<see cref="MeetingPriority"/>).</summary>
    public long[] Priority { get; }
    /// <summary>The lowest <see cref="Priority"/> of any meeting (0 without meetings).</summary>
    public long MinPriority { get; }
    /// <summary>Per meeting: the interpreter pool it draws on, or -1 (<see cref="InterpreterNeeds"/>).</summary>
    public int[] InterpreterPool { get; }
    /// <summary>Interpreters free per pool and slot: pool*SlotCount + slot.</summary>
    public int[] InterpretersFree { get; }
    public int PoolCount { get; }
    /// <summary>Slots each meeting may use before anything is placed (availability, session, pin); meeting*Words.</summary>
    public ulong[] Allowed { get; }
    /// <summary>The location a meeting must use (pin, else a participant's home), or -1 for any table.</summary>
    public int[] FixedLocation { get; }
    public bool[] SlotPinned { get; }
    public int[][] Predecessors { get; }
    public int[][] Successors { get; }
    /// <summary>The run of slots in which idle gaps count as breaks: a block, or a whole day under <see cref="SchedulingRules.BreaksSpanWholeDay"/>.</summary>
    public int[] SlotSegment { get; }
    public int[] SegmentFirst { get; }
    public int[] SegmentLength { get; }
    public int[][] ParticipantMeetings { get; }
    public ulong[] Forbidden { get; }
    public int[] LocationCapacity { get; }
    /// <summary>Locations that meetings without a fixed location may use.</summary>
    public bool[] InTablePool { get; }
    public bool[] IsTable { get; }
    public int TablePoolCapacity { get; }
    public long TotalWeight { get; }
    public bool HasPrecedences { get; }

    /// <param name="heldLocations">Locations meetings without a pin or a booth must keep (a published schedule under repair).</param>
    public ProblemIndex(Instance instance, IReadOnlyList<int?>? heldLocations = null)
    {
        Instance = instance;
        ParticipantCount = instance.Participants.Count;
        SlotCount = instance.SlotCount;
        MeetingCount = instance.Meetings.Count;
        LocationCount = instance.Locations.Count;
        Words = Math.Max(1, SlotBits.Words(SlotCount));

        var morning = new ulong[Words];
        var afternoon = new ulong[Words];
        foreach (var block in instance.Blocks)
            for (var s = block.FirstSlot; s < block.FirstSlot + block.SlotCount; s++)
                SlotBits.Set(block.Part == DayPart.Morning ? morning : afternoon, 0, s);
        (SlotSegment, SegmentFirst, SegmentLength) = BreakSegments(instance, SlotCount);

        Forbidden = new ulong[ParticipantCount * Words];
        var participantMeetings = new List<int>[ParticipantCount];
        for (var p = 0; p < ParticipantCount; p++)
        {
            participantMeetings[p] = [];
            foreach (var s in instance.Participants[p].ForbiddenSlots)
                if (s >= 0 && s < SlotCount)
                    SlotBits.Set(Forbidden, p * Words, s);
        }

        LocationCapacity = instance.Locations.Select(l => Math.Max(0, l.Capacity)).ToArray();
        // A meeting without a fixed place may use any location with room, as the validator, the bounds
        // and the exact solver read the model; tables are preferred over idle booths when assigning.
        InTablePool = instance.Locations.Select(_ => true).ToArray();
        IsTable = instance.Locations.Select(l => l.Kind == LocationKind.Table).ToArray();
        TablePoolCapacity = Enumerable.Range(0, LocationCount).Where(l => InTablePool[l]).Sum(l => LocationCapacity[l]);

        MeetingStart = new int[MeetingCount + 1];
        var flat = new List<int>(MeetingCount * 2);
        Weight = new int[MeetingCount];
        Priority = MeetingPriority.Effective(instance, 1);
        MinPriority = Priority.Length == 0 ? 0 : Priority.Min();
        PoolCount = instance.Interpreters.Count;
        InterpretersFree = new int[PoolCount * SlotCount];
        for (var i = 0; i < PoolCount; i++)
            for (var s = 0; s < SlotCount; s++)
                InterpretersFree[i * SlotCount + s] = instance.Interpreters[i].AvailableIn(s);
        var pools = InterpreterNeeds.PoolOfMeetings(instance);
        InterpreterPool = [.. pools.Select(p => Math.Max(-1, p))];
        Allowed = new ulong[MeetingCount * Words];
        FixedLocation = new int[MeetingCount];
        SlotPinned = new bool[MeetingCount];
        Predecessors = new int[MeetingCount][];
        var successors = new List<int>[MeetingCount];
        for (var m = 0; m < MeetingCount; m++)
            successors[m] = [];

        for (var m = 0; m < MeetingCount; m++)
        {
            var meeting = instance.Meetings[m];
            MeetingStart[m] = flat.Count;
            foreach (var p in meeting.Participants.Distinct())
            {
                if (p < 0 || p >= ParticipantCount)
                    throw new ArgumentException($"Meeting {m} names participant {p}, which does not exist.");
                flat.Add(p);
                participantMeetings[p].Add(m);
            }
            Weight[m] = Math.Max(0, meeting.Weight);
            TotalWeight += Weight[m];
            FixedLocation[m] = FixedLocationOf(instance, meeting, m);
            if (FixedLocation[m] < 0 && heldLocations?[m] is { } held && held >= 0 && held < LocationCount)
                FixedLocation[m] = held;
            SlotPinned[m] = meeting.PinnedSlot is not null;
            Predecessors[m] = meeting.Predecessors.Distinct().ToArray();
            foreach (var pred in Predecessors[m])
            {
                if (pred < 0 || pred >= MeetingCount || pred == m)
                    throw new ArgumentException($"Meeting {m} has an invalid predecessor {pred}.");
                successors[pred].Add(m);
                HasPrecedences = true;
            }
            FillAllowed(meeting, m, morning, afternoon);
            RestrictToInterpreters(m, pools[m]);
        }
        MeetingStart[MeetingCount] = flat.Count;
        MeetingParticipants = [.. flat];
        Successors = successors.Select(s => s.ToArray()).ToArray();
        ParticipantMeetings = participantMeetings.Select(l => l.ToArray()).ToArray();
    }

    private static (int[] SlotSegment, int[] First, int[] Length) BreakSegments(Instance instance, int slotCount)
    {
        var spans = instance.Rules.BreaksSpanWholeDay
            ? instance.Blocks.GroupBy(b => b.Day).OrderBy(g => g.Key)
                .Select(g => (First: g.Min(b => b.FirstSlot), End: g.Max(b => b.FirstSlot + b.SlotCount))).ToList()
            : instance.Blocks.Select(b => (First: b.FirstSlot, End: b.FirstSlot + b.SlotCount)).ToList();
        var slotSegment = Enumerable.Repeat(-1, slotCount).ToArray();
        for (var i = 0; i < spans.Count; i++)
        {
            var (first, end) = spans[i];
            if (end - first > 64)
                throw new ArgumentException($"A run of {end - first} slots counts breaks; the heuristic supports at most 64.");
            foreach (var block in instance.Blocks)
                for (var s = block.FirstSlot; s < block.FirstSlot + block.SlotCount; s++)
                    if (s >= first && s < end)
                        slotSegment[s] = i;
        }
        return (slotSegment, spans.Select(x => x.First).ToArray(), spans.Select(x => x.End - x.First).ToArray());
    }

    public ReadOnlySpan<int> ParticipantsOf(int meeting) =>
        MeetingParticipants.AsSpan(MeetingStart[meeting], MeetingStart[meeting + 1] - MeetingStart[meeting]);

    public ReadOnlySpan<ulong> AllowedOf(int meeting) => Allowed.AsSpan(meeting * Words, Words);

    private int FixedLocationOf(Instance instance, Meeting meeting, int m)
    {
        if (meeting.PinnedLocation is { } pinned)
        {
            if (pinned < 0 || pinned >= LocationCount)
                throw new ArgumentException($"Meeting {m} is pinned to location {pinned}, which does not exist.");
            return pinned;
        }
        // Exhibitors receive visitors at their booth; with two homes the first participant's wins.
        foreach (var p in meeting.Participants)
            if (instance.Participants[p].HomeLocation is { } home && home >= 0 && home < LocationCount)
                return home;
        return -1;
    }

    /// <summary>Keeps only slots with an interpreter of the meeting's pair free; none when no pool covers the pair.</summary>
    private void RestrictToInterpreters(int m, int pool)
    {
        if (pool == InterpreterNeeds.None) return;
        var offset = m * Words;
        for (var s = 0; s < SlotCount; s++)
            if (pool < 0 || InterpretersFree[pool * SlotCount + s] <= 0)
                SlotBits.Clear(Allowed, offset, s);
    }

    private void FillAllowed(Meeting meeting, int m, ulong[] morning, ulong[] afternoon)
    {
        var offset = m * Words;
        for (var w = 0; w < Words; w++)
        {
            var mask = meeting.Session switch
            {
                SessionRestriction.Morning => morning[w],
                SessionRestriction.Afternoon => afternoon[w],
                _ => morning[w] | afternoon[w],
            };
            foreach (var p in meeting.Participants)
                mask &= ~Forbidden[p * Words + w];
            Allowed[offset + w] = mask;
        }
        if (meeting.PinnedSlot is { } pin)
        {
            var keep = pin >= 0 && pin < SlotCount && SlotBits.Get(Allowed, offset, pin);
            Array.Clear(Allowed, offset, Words);
            if (keep)
                SlotBits.Set(Allowed, offset, pin);
        }
    }
}
