namespace SpaceBridge.Scheduling.Heuristics;

/// <summary>
/// Simulated annealing on the break cost with the scheduled set fixed: moves a meeting to another
/// free slot, or swaps a Kempe chain between two slots. Keeps the best state seen.
/// </summary>
internal sealed class BreakImprover
{
    private readonly ScheduleState _state;
    private readonly ProblemIndex _p;
    private readonly Random _random;
    private readonly ulong[] _mask;
    private readonly KempeMove _kempe;
    private readonly List<(int Meeting, int Slot)> _move = [];
    private readonly List<(int Meeting, int Slot)> _redo = [];

    public BreakImprover(ScheduleState state, Random random)
    {
        _state = state;
        _p = state.Problem;
        _random = random;
        _mask = new ulong[_p.Words];
        _kempe = new KempeMove(state);
    }

    public void Run(long iterations, Deadline deadline, double startTemperature, double endTemperature)
    {
        if (_p.MeetingCount == 0 || _p.ParticipantCount == 0 || iterations <= 0)
            return;
        var best = (int[])_state.SlotOf.Clone();
        var bestCost = _state.Cost;
        var bestSaved = true;
        var ratio = Math.Log(endTemperature / startTemperature);
        for (long it = 0; it < iterations; it++)
        {
            if ((it & 1023) == 0 && deadline.Expired)
                break;
            if (_state.Cost == 0)
                break;
            var temperature = startTemperature * Math.Exp(ratio * it / iterations);
            var participant = PickParticipant();
            var meetings = _p.ParticipantMeetings[participant];
            if (meetings.Length == 0)
                continue;
            var meeting = meetings[_random.Next(meetings.Length)];
            if (_state.SlotOf[meeting] < 0 || _p.SlotPinned[meeting])
                continue;
            var before = _state.Cost;
            _move.Clear();
            var moved = _random.Next(2) == 0 ? TryRelocate(meeting) : _kempe.TryMove(meeting, KempeTarget(meeting, meetings), _move);
            if (!moved)
                continue;
            var delta = _state.Cost - before;
            if (delta > 0 && _random.NextDouble() >= Math.Exp(-delta / temperature))
            {
                Restore(_move);
                continue;
            }
            if (delta > 0 && !bestSaved && before == bestCost)
            {
                // The state being left is the best seen: step back, save it, step forward again.
                _redo.Clear();
                foreach (var (m, _) in _move)
                    _redo.Add((m, _state.SlotOf[m]));
                Restore(_move);
                Array.Copy(_state.SlotOf, best, best.Length);
                bestSaved = true;
                Restore(_redo);
            }
            if (_state.Cost < bestCost)
            {
                bestCost = _state.Cost;
                bestSaved = false;
            }
        }
        // Whenever the current cost exceeds the best, the best state has been saved.
        if (_state.Cost > bestCost)
            _state.LoadSlots(best);
    }

    private int PickParticipant()
    {
        var participant = _random.Next(_p.ParticipantCount);
        for (var tries = 0; tries < 4 && _state.BreaksOf(participant) == 0; tries++)
            participant = _random.Next(_p.ParticipantCount);
        return participant;
    }

    /// <summary>Mostly a slot next to another meeting of the same participant (closing a gap), sometimes any allowed slot.</summary>
    private int KempeTarget(int meeting, int[] participantMeetings)
    {
        if (_random.Next(10) < 7)
        {
            var neighbour = participantMeetings[_random.Next(participantMeetings.Length)];
            var slot = _state.SlotOf[neighbour];
            if (neighbour != meeting && slot >= 0)
            {
                slot += _random.Next(2) == 0 ? -1 : 1;
                if (slot >= 0 && slot < _p.SlotCount && SlotBits.Get(_p.Allowed, meeting * _p.Words, slot))
                    return slot;
            }
        }
        var allowed = _p.AllowedOf(meeting);
        var count = SlotBits.Count(allowed);
        return count == 0 ? -1 : SlotBits.NthSet(allowed, _random.Next(count));
    }

    private bool TryRelocate(int meeting)
    {
        _state.CandidateSlots(meeting, _mask);
        var count = SlotBits.Count(_mask);
        if (count == 0)
            return false;
        var target = -1;
        if (_random.Next(2) == 0)
        {
            target = SlotBits.NthSet(_mask, _random.Next(count));
        }
        else
        {
            var bestDelta = long.MaxValue;
            var start = _random.Next(count);
            for (var i = 0; i < count; i++)
            {
                var slot = SlotBits.NthSet(_mask, (start + i) % count);
                var delta = _state.PlacementDelta(meeting, slot);
                if (delta < bestDelta)
                {
                    bestDelta = delta;
                    target = slot;
                }
            }
        }
        _move.Add((meeting, _state.SlotOf[meeting]));
        _state.Unplace(meeting);
        _state.Place(meeting, target);
        return true;
    }

    /// <summary>Puts the listed meetings back into the listed slots.</summary>
    private void Restore(List<(int Meeting, int Slot)> slots)
    {
        foreach (var (m, _) in slots)
            if (_state.SlotOf[m] >= 0)
                _state.Unplace(m);
        foreach (var (m, slot) in slots)
            if (slot >= 0)
                _state.Place(m, slot);
    }
}
