namespace SpaceBridge.Scheduling.Heuristics;

/// <summary>
/// A mutable slot assignment with everything a move needs in O(participants + words):
/// who is busy when (as meeting ids and as bits), table and location use per slot, and the
/// break cost per participant, kept up to date incrementally.
/// </summary>
internal sealed class ScheduleState
{
    /// <summary>Weight of one break in <see cref="Cost"/>; the squared term below it only breaks ties towards fairness.</summary>
    public const long BreakCost = 1024;

    private readonly ProblemIndex _p;
    private readonly int _words;
    private readonly int[] _busy;
    private readonly ulong[] _busyBits;
    private readonly int[] _locationUse;
    private readonly ulong[] _locationFull;
    private readonly int[] _freeTables;
    private readonly ulong[] _tablesFull;
    private readonly int[] _breaks;
    private int _fullSlots;
    private readonly List<int>[] _slotMeetings;
    private readonly int[] _positionInSlot;
    private readonly int? _breakLimit;
    /// <summary>Interpreters in use per pool and slot, and the slots where a pool has none left (pool*words).</summary>
    private readonly int[] _interpretersUsed;
    private readonly ulong[] _interpretersFull;

    public int[] SlotOf { get; }
    public long Weight { get; private set; }
    /// <summary>Scheduled weight in the solvers' order (<see cref="ProblemIndex.Priority"/>): what the searches maximize.</summary>
    public long Priority { get; private set; }
    public long Cost { get; private set; }
    public int TotalBreaks { get; private set; }
    public int ScheduledCount { get; private set; }
    public ProblemIndex Problem => _p;

    public ScheduleState(ProblemIndex problem)
    {
        _p = problem;
        _words = problem.Words;
        SlotOf = Enumerable.Repeat(-1, problem.MeetingCount).ToArray();
        _busy = new int[problem.ParticipantCount * problem.SlotCount];
        Array.Fill(_busy, -1);
        _busyBits = new ulong[problem.ParticipantCount * _words];
        _locationUse = new int[problem.SlotCount * problem.LocationCount];
        _locationFull = new ulong[problem.LocationCount * _words];
        for (var l = 0; l < problem.LocationCount; l++)
            if (problem.LocationCapacity[l] == 0)
                for (var s = 0; s < problem.SlotCount; s++)
                    SlotBits.Set(_locationFull, l * _words, s);
        _freeTables = Enumerable.Repeat(problem.TablePoolCapacity, problem.SlotCount).ToArray();
        _tablesFull = new ulong[_words];
        if (problem.TablePoolCapacity == 0)
        {
            for (var s = 0; s < problem.SlotCount; s++)
                SlotBits.Set(_tablesFull, 0, s);
            _fullSlots = problem.SlotCount;
        }
        _breaks = new int[problem.ParticipantCount];
        _slotMeetings = Enumerable.Range(0, problem.SlotCount).Select(_ => new List<int>()).ToArray();
        _positionInSlot = new int[problem.MeetingCount];
        _breakLimit = problem.Instance.Rules.MaxBreakSpread;
        _interpretersUsed = new int[problem.PoolCount * problem.SlotCount];
        _interpretersFull = new ulong[problem.PoolCount * _words];
        for (var i = 0; i < problem.PoolCount; i++)
            for (var s = 0; s < problem.SlotCount; s++)
                if (problem.InterpretersFree[i * problem.SlotCount + s] <= 0)
                    SlotBits.Set(_interpretersFull, i * _words, s);
    }

    /// <summary>True when the meeting needs an interpreter and none of its pair is left in the slot.</summary>
    public bool InterpreterFull(int meeting, int slot)
    {
        var pool = _p.InterpreterPool[meeting];
        return pool >= 0 && SlotBits.Get(_interpretersFull, pool * _words, slot);
    }

    public int BusyMeeting(int participant, int slot) => _busy[participant * _p.SlotCount + slot];

    public int BreaksOf(int participant) => _breaks[participant];

    public bool TablesFull(int slot) => SlotBits.Get(_tablesFull, 0, slot);

    /// <summary>True when no slot has a table left, so freeing a table by moving a meeting cannot work.</summary>
    public bool AllTablesFull => _fullSlots == _p.SlotCount;

    public bool LocationFull(int location, int slot) => SlotBits.Get(_locationFull, location * _words, slot);

    public IReadOnlyList<int> MeetingsIn(int slot) => _slotMeetings[slot];

    public bool IsScheduled(int meeting) => SlotOf[meeting] >= 0;

    /// <summary>Cost of one participant's breaks: linear in breaks, a convex tie-break for fairness, a steep penalty past the allowed spread.</summary>
    public long ParticipantCost(int breaks)
    {
        long cost = BreakCost * breaks + (long)breaks * breaks;
        if (_breakLimit is { } limit && breaks > limit)
            cost += BreakCost * 64 * (breaks - limit);
        return cost;
    }

    /// <summary>Slots where the meeting could be placed now, given everyone else stays put.</summary>
    public void CandidateSlots(int meeting, Span<ulong> mask)
    {
        var allowed = _p.AllowedOf(meeting);
        allowed.CopyTo(mask);
        foreach (var p in _p.ParticipantsOf(meeting))
            for (var w = 0; w < _words; w++)
                mask[w] &= ~_busyBits[p * _words + w];
        var location = _p.FixedLocation[meeting];
        if (location < 0 || _p.InTablePool[location])
            for (var w = 0; w < _words; w++)
                mask[w] &= ~_tablesFull[w];
        if (location >= 0)
            for (var w = 0; w < _words; w++)
                mask[w] &= ~_locationFull[location * _words + w];
        var pool = _p.InterpreterPool[meeting];
        if (pool >= 0)
            for (var w = 0; w < _words; w++)
                mask[w] &= ~_interpretersFull[pool * _words + w];
        if (_p.HasPrecedences)
            ApplyPrecedenceWindow(meeting, mask);
    }

    public bool HasCandidate(int meeting, Span<ulong> scratch)
    {
        CandidateSlots(meeting, scratch);
        foreach (var w in scratch)
            if (w != 0)
                return true;
        return false;
    }

    /// <summary>The slots allowed by precedences: after every placed predecessor, before every placed successor.</summary>
    /// <remarks>A precedence binds only when both meetings take place, as the validator reads it.</remarks>
    public (int Low, int High) PrecedenceWindow(int meeting)
    {
        var low = 0;
        var high = _p.SlotCount - 1;
        foreach (var pred in _p.Predecessors[meeting])
            if (SlotOf[pred] >= 0)
                low = Math.Max(low, SlotOf[pred] + 1);
        foreach (var succ in _p.Successors[meeting])
            if (SlotOf[succ] >= 0)
                high = Math.Min(high, SlotOf[succ] - 1);
        return (low, high);
    }

    public bool CanPlace(int meeting, int slot)
    {
        if (SlotOf[meeting] >= 0 || !SlotBits.Get(_p.Allowed, meeting * _words, slot))
            return false;
        foreach (var p in _p.ParticipantsOf(meeting))
            if (_busy[p * _p.SlotCount + slot] >= 0)
                return false;
        var location = _p.FixedLocation[meeting];
        if ((location < 0 || _p.InTablePool[location]) && TablesFull(slot))
            return false;
        if (location >= 0 && LocationFull(location, slot))
            return false;
        if (InterpreterFull(meeting, slot))
            return false;
        if (_p.HasPrecedences)
        {
            var (low, high) = PrecedenceWindow(meeting);
            if (slot < low || slot > high)
                return false;
        }
        return true;
    }

    public void Place(int meeting, int slot)
    {
        SlotOf[meeting] = slot;
        Weight += _p.Weight[meeting];
        Priority += _p.Priority[meeting];
        ScheduledCount++;
        var pool = _p.InterpreterPool[meeting];
        if (pool >= 0 && ++_interpretersUsed[pool * _p.SlotCount + slot] >= _p.InterpretersFree[pool * _p.SlotCount + slot])
            SlotBits.Set(_interpretersFull, pool * _words, slot);
        var block = _p.SlotSegment[slot];
        foreach (var p in _p.ParticipantsOf(meeting))
        {
            var before = BlockGaps(p, block);
            _busy[p * _p.SlotCount + slot] = meeting;
            SlotBits.Set(_busyBits, p * _words, slot);
            UpdateBreaks(p, BlockGaps(p, block) - before);
        }
        var location = _p.FixedLocation[meeting];
        if (location >= 0)
        {
            var use = ++_locationUse[slot * _p.LocationCount + location];
            if (use >= _p.LocationCapacity[location])
                SlotBits.Set(_locationFull, location * _words, slot);
        }
        if ((location < 0 || _p.InTablePool[location]) && --_freeTables[slot] <= 0)
        {
            if (_freeTables[slot] == 0)
                _fullSlots++;
            SlotBits.Set(_tablesFull, 0, slot);
        }
        _positionInSlot[meeting] = _slotMeetings[slot].Count;
        _slotMeetings[slot].Add(meeting);
    }

    public void Unplace(int meeting)
    {
        var slot = SlotOf[meeting];
        SlotOf[meeting] = -1;
        Weight -= _p.Weight[meeting];
        Priority -= _p.Priority[meeting];
        ScheduledCount--;
        var pool = _p.InterpreterPool[meeting];
        if (pool >= 0 && --_interpretersUsed[pool * _p.SlotCount + slot] < _p.InterpretersFree[pool * _p.SlotCount + slot])
            SlotBits.Clear(_interpretersFull, pool * _words, slot);
        var block = _p.SlotSegment[slot];
        foreach (var p in _p.ParticipantsOf(meeting))
        {
            var before = BlockGaps(p, block);
            _busy[p * _p.SlotCount + slot] = -1;
            SlotBits.Clear(_busyBits, p * _words, slot);
            UpdateBreaks(p, BlockGaps(p, block) - before);
        }
        var location = _p.FixedLocation[meeting];
        if (location >= 0)
        {
            _locationUse[slot * _p.LocationCount + location]--;
            SlotBits.Clear(_locationFull, location * _words, slot);
        }
        if (location < 0 || _p.InTablePool[location])
        {
            if (++_freeTables[slot] == 1)
                _fullSlots--;
            if (_freeTables[slot] > 0)
                SlotBits.Clear(_tablesFull, 0, slot);
        }
        var list = _slotMeetings[slot];
        var position = _positionInSlot[meeting];
        var last = list[^1];
        list[position] = last;
        _positionInSlot[last] = position;
        list.RemoveAt(list.Count - 1);
    }

    /// <summary>Change in <see cref="Cost"/> if the meeting moved to the slot (or was placed there), without moving it.</summary>
    public long PlacementDelta(int meeting, int slot)
    {
        long delta = 0;
        var from = SlotOf[meeting];
        var block = _p.SlotSegment[slot];
        foreach (var p in _p.ParticipantsOf(meeting))
        {
            var offset = p * _words;
            var oldBreaks = _breaks[p];
            var gapsBefore = BlockGaps(p, block);
            var fromBlock = from >= 0 ? _p.SlotSegment[from] : -1;
            var fromBefore = fromBlock >= 0 && fromBlock != block ? BlockGaps(p, fromBlock) : 0;
            if (from >= 0)
                SlotBits.Clear(_busyBits, offset, from);
            SlotBits.Set(_busyBits, offset, slot);
            var newBreaks = oldBreaks + BlockGaps(p, block) - gapsBefore;
            if (fromBlock >= 0 && fromBlock != block)
                newBreaks += BlockGaps(p, fromBlock) - fromBefore;
            SlotBits.Clear(_busyBits, offset, slot);
            if (from >= 0)
                SlotBits.Set(_busyBits, offset, from);
            delta += ParticipantCost(newBreaks) - ParticipantCost(oldBreaks);
        }
        return delta;
    }

    public void CopyFrom(ScheduleState other) => LoadSlots(other.SlotOf);

    /// <summary>Moves every meeting to the given slot (-1 = unscheduled); the target must be a feasible schedule.</summary>
    public void LoadSlots(int[] slots)
    {
        for (var m = 0; m < SlotOf.Length; m++)
            if (SlotOf[m] >= 0 && slots[m] != SlotOf[m])
                Unplace(m);
        for (var m = 0; m < SlotOf.Length; m++)
            if (SlotOf[m] < 0 && slots[m] >= 0)
                Place(m, slots[m]);
    }

    private int BlockGaps(int participant, int block) =>
        block < 0 ? 0 : SlotBits.Gaps(SlotBits.Extract(_busyBits, participant * _words, _words, _p.SegmentFirst[block], _p.SegmentLength[block]));

    private void UpdateBreaks(int participant, int change)
    {
        if (change == 0)
            return;
        var old = _breaks[participant];
        _breaks[participant] = old + change;
        TotalBreaks += change;
        Cost += ParticipantCost(old + change) - ParticipantCost(old);
    }

    private void ApplyPrecedenceWindow(int meeting, Span<ulong> mask)
    {
        var (low, high) = PrecedenceWindow(meeting);
        for (var w = 0; w < mask.Length; w++)
        {
            if (mask[w] == 0)
                continue;
            var start = w << 6;
            for (var b = 0; b < 64; b++)
            {
                var s = start + b;
                if (s < low || s > high)
                    mask[w] &= ~(1UL << b);
            }
        }
    }
}
