namespace SpaceBridge.Scheduling.Heuristics;

/// <summary>Which meetings a chain may move or leave out; repair uses this to protect a published schedule.</summary>
internal sealed record MovePolicy(Func<int, bool> MayMove, Func<int, bool> MayEject)
{
    public static MovePolicy Free { get; } = new(_ => true, _ => true);
}

/// <summary>
/// Places meetings: directly into the cheapest free slot, or by an ejection chain that moves the
/// meetings blocking a slot (its participants' meetings, or one occupying the last table) to other
/// slots, recursively up to a depth. Every change is logged so a failed chain rolls back exactly.
/// </summary>
internal sealed class MeetingInserter
{
    private const int ChainSlotsTried = 12;
    private const int TableMovesTried = 40;
    /// <summary>Meetings of a slot looked at for the lightest one holding a place (all of them in smaller slots).</summary>
    private const int HoldersTried = 64;

    private readonly ScheduleState _state;
    private readonly ProblemIndex _p;
    private readonly Random _random;
    private readonly List<(int Meeting, int Slot)> _log = [];
    private readonly int[] _stamp;
    private readonly ulong[][] _masks;
    private readonly List<int> _leftovers = [];
    private int _stampValue;

    public MeetingInserter(ScheduleState state, Random random)
    {
        _state = state;
        _p = state.Problem;
        _random = random;
        _stamp = new int[_p.MeetingCount];
        _masks = Enumerable.Range(0, 8).Select(_ => new ulong[_p.Words]).ToArray();
    }

    public MovePolicy Policy { get; set; } = MovePolicy.Free;

    /// <summary>Meetings a successful <see cref="TryInsert"/> left unscheduled (weight lower than what came in).</summary>
    public IReadOnlyList<int> Leftovers => _leftovers;

    public int Mark => _log.Count;

    /// <summary>Meetings moved since the mark, with the slot they had before their first move.</summary>
    public IEnumerable<(int Meeting, int Slot)> ChangesSince(int mark) => _log.Skip(mark);

    public void Commit() => _log.Clear();

    public void Rollback(int mark)
    {
        for (var i = _log.Count - 1; i >= mark; i--)
        {
            var (meeting, slot) = _log[i];
            if (_state.SlotOf[meeting] >= 0)
                _state.Unplace(meeting);
            if (slot >= 0)
                _state.Place(meeting, slot);
        }
        _log.RemoveRange(mark, _log.Count - mark);
    }

    /// <summary>Places the meeting in its cheapest free slot, if there is one.</summary>
    public bool TryDirect(int meeting) => TryDirect(meeting, 0);

    /// <summary>Places the meeting, moving or ejecting others when that strictly gains weight (or keeps it, when allowed).</summary>
    public bool TryInsert(int meeting, int depth, bool allowEqual)
    {
        _leftovers.Clear();
        if (TryDirect(meeting, 0))
            return true;
        if (depth < 0)
            return false;
        var allowed = _p.AllowedOf(meeting);
        var slots = SlotBits.Count(allowed);
        if (slots == 0)
            return false;
        // First the slots whose blockers can step straight into a free slot (checked without moving
        // anything), then a few deeper chains.
        var start = _random.Next(slots);
        for (var i = 0; i < slots; i++)
        {
            var slot = SlotBits.NthSet(allowed, (start + i) % slots);
            if (BlockersCanStep(meeting, slot) && TryAt(meeting, slot, 0, allowEqual))
                return true;
        }
        if (depth == 0)
            return false;
        for (var i = 0; i < Math.Min(slots, ChainSlotsTried); i++)
        {
            var slot = SlotBits.NthSet(allowed, _random.Next(slots));
            if (TryAt(meeting, slot, depth, allowEqual))
                return true;
        }
        return false;
    }

    /// <summary>
    /// True when each meeting blocking the slot for this one either has a free slot to go to now or
    /// is lighter than this meeting, and a full slot has somewhere to send a meeting.
    /// </summary>
    private bool BlockersCanStep(int meeting, int slot)
    {
        var mask = _masks[6];
        var anyBlocker = false;
        foreach (var participant in _p.ParticipantsOf(meeting))
        {
            var other = _state.BusyMeeting(participant, slot);
            if (other < 0)
                continue;
            anyBlocker = true;
            if (_p.Priority[other] < _p.Priority[meeting] || (Policy.MayEject(other) && _p.Priority[other] == _p.Priority[meeting]))
                continue;
            if (!_state.HasCandidate(other, mask))
                return false;
        }
        var location = _p.FixedLocation[meeting];
        var needTable = (location < 0 || _p.InTablePool[location]) && _state.TablesFull(slot);
        if (needTable && !anyBlocker && _state.AllTablesFull)
        {
            _stampValue++; // no meeting of an earlier chain counts as taken
            return CapacityHolder(meeting, slot) >= 0;
        }
        return true;
    }

    private bool TryDirect(int meeting, int level)
    {
        var mask = _masks[level];
        _state.CandidateSlots(meeting, mask);
        var count = SlotBits.Count(mask);
        if (count == 0)
            return false;
        var best = -1;
        var bestDelta = long.MaxValue;
        var start = _random.Next(count);
        for (var i = 0; i < count; i++)
        {
            var slot = SlotBits.NthSet(mask, (start + i) % count);
            var delta = _state.PlacementDelta(meeting, slot);
            if (delta < bestDelta)
            {
                bestDelta = delta;
                best = slot;
            }
        }
        Place(meeting, best);
        return true;
    }

    private bool TryAt(int meeting, int slot, int depth, bool allowEqual)
    {
        Span<int> blockers = stackalloc int[8];
        var count = 0;
        foreach (var participant in _p.ParticipantsOf(meeting))
        {
            var other = _state.BusyMeeting(participant, slot);
            if (other < 0 || blockers[..count].Contains(other))
                continue;
            if (count == 2 || _p.SlotPinned[other] || !Policy.MayMove(other))
                return false;
            blockers[count++] = other;
        }
        var mark = Mark;
        _stampValue++;
        _stamp[meeting] = _stampValue;
        for (var i = 0; i < count; i++)
        {
            _stamp[blockers[i]] = _stampValue;
            Unplace(blockers[i]);
        }
        if (!_state.CanPlace(meeting, slot) && !(FreeCapacity(meeting, slot) && _state.CanPlace(meeting, slot)))
        {
            // Still no room: the lightest meeting holding the table, location or interpreter it needs steps aside (it is
            // moved elsewhere or left out below, and only when that gains weight), so a must-meet request can take a
            // full slot from optional ones.
            var holder = CapacityHolder(meeting, slot);
            if (holder >= 0)
            {
                _stamp[holder] = _stampValue;
                Unplace(holder);
                blockers[count++] = holder;
            }
            if (holder < 0 || !_state.CanPlace(meeting, slot))
            {
                Rollback(mark);
                return false;
            }
        }
        Place(meeting, slot);
        long lost = 0;
        _leftovers.Clear();
        for (var i = 0; i < count; i++)
        {
            var blocker = blockers[i];
            if (Relocate(blocker, depth, 1))
                continue;
            if (!Policy.MayEject(blocker))
            {
                Rollback(mark);
                _leftovers.Clear();
                return false;
            }
            lost += _p.Priority[blocker];
            _leftovers.Add(blocker);
        }
        var gain = _p.Priority[meeting] - lost;
        if (gain > 0 || (gain == 0 && allowEqual))
            return true;
        Rollback(mark);
        _leftovers.Clear();
        return false;
    }

    /// <summary>Moves the (unplaced) meeting to a free slot, or pushes one single blocker further along a chain.</summary>
    private bool Relocate(int meeting, int depth, int level)
    {
        if (TryDirect(meeting, level))
            return true;
        if (depth <= 0)
            return false;
        var allowed = _p.AllowedOf(meeting);
        var slots = SlotBits.Count(allowed);
        var start = _random.Next(Math.Max(1, slots));
        var tried = 0;
        for (var i = 0; i < slots && tried < ChainSlotsTried; i++)
        {
            var slot = SlotBits.NthSet(allowed, (start + i) % slots);
            var blocker = SingleBlocker(meeting, slot);
            if (blocker < 0)
                continue;
            tried++;
            var mark = Mark;
            _stamp[blocker] = _stampValue;
            Unplace(blocker);
            if (_state.CanPlace(meeting, slot))
            {
                Place(meeting, slot);
                if (Relocate(blocker, depth - 1, level + 1))
                    return true;
            }
            Rollback(mark);
        }
        return false;
    }

    private int SingleBlocker(int meeting, int slot)
    {
        var blocker = -1;
        foreach (var participant in _p.ParticipantsOf(meeting))
        {
            var other = _state.BusyMeeting(participant, slot);
            if (other < 0 || other == blocker)
                continue;
            if (blocker >= 0 || _stamp[other] == _stampValue || _p.SlotPinned[other] || !Policy.MayMove(other))
                return -1;
            blocker = other;
        }
        return blocker;
    }

    /// <summary>
    /// The lowest-priority meeting in the slot (of up to <see cref="HoldersTried"/> from a random start) whose place (table,
    /// location, interpreter) this meeting lacks, when lighter than this meeting; else -1.
    /// </summary>
    private int CapacityHolder(int meeting, int slot)
    {
        if (_p.Priority[meeting] <= _p.MinPriority)
            return -1;
        var location = _p.FixedLocation[meeting];
        var needLocation = location >= 0 && _state.LocationFull(location, slot);
        var needTable = (location < 0 || _p.InTablePool[location]) && _state.TablesFull(slot);
        var needInterpreter = _state.InterpreterFull(meeting, slot);
        var best = -1;
        var inSlot = _state.MeetingsIn(slot);
        var n = inSlot.Count;
        var start = n > HoldersTried ? _random.Next(n) : 0;
        for (var i = 0; i < Math.Min(n, HoldersTried); i++)
        {
            var other = inSlot[(start + i) % n];
            if (_stamp[other] == _stampValue || _p.SlotPinned[other] || !Policy.MayMove(other) || !Policy.MayEject(other))
                continue;
            var otherLocation = _p.FixedLocation[other];
            if (needLocation && otherLocation != location)
                continue;
            if (needTable && otherLocation >= 0 && !_p.InTablePool[otherLocation])
                continue;
            if (needInterpreter && _p.InterpreterPool[other] != _p.InterpreterPool[meeting])
                continue;
            if (best < 0 || _p.Priority[other] < _p.Priority[best])
                best = other;
        }
        return best >= 0 && _p.Priority[best] < _p.Priority[meeting] ? best : -1;
    }

    /// <summary>Frees a table (or the meeting's fixed location, or an interpreter of its pair) in the slot by moving one meeting there elsewhere.</summary>
    private bool FreeCapacity(int meeting, int slot)
    {
        var location = _p.FixedLocation[meeting];
        var needLocation = location >= 0 && _state.LocationFull(location, slot);
        var needInterpreter = _state.InterpreterFull(meeting, slot);
        var needTable = (location < 0 || _p.InTablePool[location]) && _state.TablesFull(slot);
        if (needTable && _state.AllTablesFull)
            return false;
        var inSlot = _state.MeetingsIn(slot);
        var n = inSlot.Count;
        if (n == 0)
            return false;
        var start = _random.Next(n);
        var tried = 0;
        for (var i = 0; i < n && tried < TableMovesTried; i++)
        {
            var other = inSlot[(start + i) % n];
            if (_stamp[other] == _stampValue || _p.SlotPinned[other] || !Policy.MayMove(other))
                continue;
            var otherLocation = _p.FixedLocation[other];
            if (needLocation && otherLocation != location)
                continue;
            if (needInterpreter && _p.InterpreterPool[other] != _p.InterpreterPool[meeting])
                continue;
            if (needTable && otherLocation >= 0 && !_p.InTablePool[otherLocation])
                continue;
            if (!_state.HasCandidate(other, _masks[7]))
                continue;
            tried++;
            var mark = Mark;
            _stamp[other] = _stampValue;
            Unplace(other);
            if (TryDirect(other, 7))
                return true;
            Rollback(mark);
        }
        return false;
    }

    private void Place(int meeting, int slot)
    {
        _log.Add((meeting, _state.SlotOf[meeting]));
        _state.Place(meeting, slot);
    }

    private void Unplace(int meeting)
    {
        _log.Add((meeting, _state.SlotOf[meeting]));
        _state.Unplace(meeting);
    }
}
