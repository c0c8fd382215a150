namespace SpaceBridge.Scheduling.Heuristics;

/// <summary>
/// Swaps a Kempe chain between two slots: the meeting goes from its slot a to slot b, the meetings
/// of its participants in b come to a, their participants' meetings in a go to b, and so on. Nobody
/// is double-booked by construction; availability, pins, tables and precedences are checked.
/// </summary>
internal sealed class KempeMove(ScheduleState state)
{
    private const int MaxChain = 24;

    private readonly ProblemIndex _p = state.Problem;
    private readonly List<int> _chain = [];
    private readonly int[] _stamp = new int[state.Problem.MeetingCount];
    private int _stampValue;

    /// <summary>Moves the chain, appending each moved meeting and its previous slot to <paramref name="moved"/>; false (and nothing moved) when infeasible.</summary>
    public bool TryMove(int meeting, int target, List<(int Meeting, int Slot)> moved)
    {
        var a = state.SlotOf[meeting];
        if (a < 0 || target < 0 || target == a)
            return false;
        _chain.Clear();
        _stampValue++;
        _chain.Add(meeting);
        _stamp[meeting] = _stampValue;
        for (var i = 0; i < _chain.Count; i++)
        {
            var x = _chain[i];
            var other = state.SlotOf[x] == a ? target : a;
            if (_p.SlotPinned[x] || !SlotBits.Get(_p.Allowed, x * _p.Words, other))
                return false;
            foreach (var participant in _p.ParticipantsOf(x))
            {
                var y = state.BusyMeeting(participant, other);
                if (y < 0 || _stamp[y] == _stampValue)
                    continue;
                if (_chain.Count == MaxChain)
                    return false;
                _stamp[y] = _stampValue;
                _chain.Add(y);
            }
        }
        var start = moved.Count;
        foreach (var x in _chain)
        {
            moved.Add((x, state.SlotOf[x]));
            state.Unplace(x);
        }
        for (var i = start; i < moved.Count; i++)
        {
            var (x, from) = moved[i];
            var to = from == a ? target : a;
            if (!state.CanPlace(x, to))
            {
                for (var j = start; j < i; j++)
                    state.Unplace(moved[j].Meeting);
                for (var j = start; j < moved.Count; j++)
                    state.Place(moved[j].Meeting, moved[j].Slot);
                moved.RemoveRange(start, moved.Count - start);
                return false;
            }
            state.Place(x, to);
        }
        return true;
    }
}
