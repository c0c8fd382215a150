namespace SpaceBridge.Scheduling.Locations;

/// <summary>
/// Local search after the greedy assignment: a meeting moves to a free table, or trades tables with
/// another meeting in its slot, when fewer participants then change table before or after it.
/// Only the table each participant sits at just before and just after the meeting matters.
/// </summary>
internal sealed class TableSwapPass
{
    private readonly LocationProblem _p;
    private readonly int?[] _location;
    private readonly int[] _slot;
    private readonly bool[] _movable;
    private readonly int[][] _sequence;
    /// <summary>Per meeting, aligned with its participants: the meeting's place in each participant's sequence.</summary>
    private readonly int[][] _position;

    public TableSwapPass(LocationProblem problem, IReadOnlyList<int?> slots, int?[] location, bool[] movable)
    {
        _p = problem;
        _location = location;
        _movable = movable;
        _slot = slots.Select(s => s ?? -1).ToArray();
        var lists = Enumerable.Range(0, problem.ParticipantCount).Select(_ => new List<int>()).ToArray();
        for (var m = 0; m < problem.MeetingCount; m++)
            if (_slot[m] >= 0)
                foreach (var p in problem.Participants[m])
                    lists[p].Add(m);
        _sequence = lists.Select(l => l.OrderBy(m => _slot[m]).ToArray()).ToArray();
        _position = problem.Participants.Select(ps => new int[ps.Length]).ToArray();
        for (var p = 0; p < _sequence.Length; p++)
            for (var i = 0; i < _sequence[p].Length; i++)
                _position[_sequence[p][i]][Array.IndexOf(problem.Participants[_sequence[p][i]], p)] = i;
    }

    public void Run(int passes)
    {
        var bySlot = Enumerable.Range(0, _p.MeetingCount).Where(m => _slot[m] >= 0).GroupBy(m => _slot[m]).ToList();
        var occupants = new Dictionary<int, List<int>>();
        for (var pass = 0; pass < passes; pass++)
        {
            var improved = false;
            foreach (var group in bySlot)
            {
                occupants.Clear();
                foreach (var m in group)
                    if (_location[m] is { } l)
                        (occupants.TryGetValue(l, out var list) ? list : occupants[l] = []).Add(m);
                foreach (var m in group)
                    improved |= _movable[m] && TryImprove(m, occupants);
            }
            if (!improved)
                break;
        }
    }

    private bool TryImprove(int meeting, Dictionary<int, List<int>> occupants)
    {
        var current = _location[meeting]!.Value;
        foreach (var p in _p.Participants[meeting])
            foreach (var target in Neighbours(meeting, p))
            {
                if (target == current || !_p.IsTable[target])
                    continue;
                var here = occupants.GetValueOrDefault(target);
                var load = here?.Count ?? 0;
                if (load < _p.Capacity[target])
                {
                    if (Cost(meeting, target) < Cost(meeting, current))
                    {
                        Move(meeting, current, target, occupants);
                        return true;
                    }
                    continue;
                }
                foreach (var other in here!)
                {
                    if (!_movable[other])
                        continue;
                    var delta = Cost(meeting, target) + Cost(other, current) - Cost(meeting, current) - Cost(other, target);
                    if (delta < 0)
                    {
                        Move(meeting, current, target, occupants);
                        Move(other, target, current, occupants);
                        return true;
                    }
                }
            }
        return false;
    }

    private void Move(int meeting, int from, int to, Dictionary<int, List<int>> occupants)
    {
        occupants[from].Remove(meeting);
        (occupants.TryGetValue(to, out var list) ? list : occupants[to] = []).Add(meeting);
        _location[meeting] = to;
    }

    /// <summary>Tables the participants sit at in their meetings just before and just after this one.</summary>
    private IEnumerable<int> Neighbours(int meeting, int participant)
    {
        var sequence = _sequence[participant];
        var i = _position[meeting][Array.IndexOf(_p.Participants[meeting], participant)];
        if (i > 0 && _location[sequence[i - 1]] is { } before)
            yield return before;
        if (i + 1 < sequence.Length && _location[sequence[i + 1]] is { } after)
            yield return after;
    }

    private int Cost(int meeting, int location)
    {
        var changes = 0;
        foreach (var p in _p.Participants[meeting])
            foreach (var neighbour in Neighbours(meeting, p))
                if (neighbour != location)
                    changes++;
        return changes;
    }
}
