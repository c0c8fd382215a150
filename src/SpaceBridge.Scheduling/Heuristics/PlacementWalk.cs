namespace SpaceBridge.Scheduling.Heuristics;

/// <summary>
/// Min-conflicts tabu walk for placing every meeting: an unplaced meeting takes the slot where it
/// displaces the least weight, the displaced meetings may not return to that slot for a while, and
/// each displaced meeting first tries a free slot. Keeps the state with the least unplaced weight.
/// </summary>
internal sealed class PlacementWalk(ScheduleState state, MeetingInserter inserter, Random random)
{
    private readonly ProblemIndex _p = state.Problem;
    private readonly List<int> _displaced = [];

    public void Run(long iterations, Deadline deadline)
    {
        var tabuUntil = new long[_p.MeetingCount * _p.SlotCount];
        var open = Enumerable.Range(0, _p.MeetingCount)
            .Where(m => state.SlotOf[m] < 0 && SlotBits.Count(_p.AllowedOf(m)) > 0).ToList();
        var best = (int[])state.SlotOf.Clone();
        var bestWeight = state.Priority;
        var bestSaved = true;
        for (long it = 0; it < iterations && open.Count > 0; it++)
        {
            if ((it & 255) == 0 && deadline.Expired)
                break;
            var index = random.Next(open.Count);
            var meeting = open[index];
            open[index] = open[^1];
            open.RemoveAt(open.Count - 1);
            if (state.SlotOf[meeting] >= 0)
                continue;
            var slot = ChooseSlot(meeting, tabuUntil, it);
            if (slot < 0)
            {
                open.Add(meeting);
                continue;
            }
            if (state.Priority == bestWeight && !bestSaved)
            {
                Array.Copy(state.SlotOf, best, best.Length);
                bestSaved = true;
            }
            if (!Displace(meeting, slot, tabuUntil, it + 5 + random.Next(10)))
            {
                foreach (var other in _displaced)
                    state.Place(other, slot);
                open.Add(meeting);
                continue;
            }
            state.Place(meeting, slot);
            foreach (var other in _displaced)
            {
                if (!inserter.TryDirect(other))
                    open.Add(other);
                inserter.Commit();
            }
            if (state.Priority > bestWeight)
            {
                bestWeight = state.Priority;
                bestSaved = false;
            }
        }
        if (state.Priority < bestWeight)
            state.LoadSlots(best);
    }

    /// <summary>The allowed slot displacing the least weight (a full table counts as the lightest meeting there).</summary>
    private int ChooseSlot(int meeting, long[] tabuUntil, long now)
    {
        var allowed = _p.AllowedOf(meeting);
        var count = SlotBits.Count(allowed);
        var (low, high) = state.PrecedenceWindow(meeting);
        var best = -1;
        var bestCost = long.MaxValue;
        var ties = 0;
        for (var i = 0; i < count; i++)
        {
            var slot = SlotBits.NthSet(allowed, i);
            if (slot < low || slot > high)
                continue;
            var cost = DisplacedWeight(meeting, slot);
            if (cost < 0 || (cost > 0 && tabuUntil[meeting * _p.SlotCount + slot] > now))
                continue;
            if (cost < bestCost)
            {
                bestCost = cost;
                best = slot;
                ties = 1;
            }
            else if (cost == bestCost && random.Next(++ties) == 0)
            {
                best = slot;
            }
        }
        return best;
    }

    private long DisplacedWeight(int meeting, int slot)
    {
        long weight = 0;
        var freesTable = false;
        var participants = _p.ParticipantsOf(meeting);
        for (var i = 0; i < participants.Length; i++)
        {
            var other = state.BusyMeeting(participants[i], slot);
            if (other < 0 || IsEarlierBlocker(participants, i, slot, other))
                continue;
            if (_p.SlotPinned[other])
                return -1;
            weight += _p.Priority[other];
            freesTable |= _p.FixedLocation[other] < 0 || _p.InTablePool[_p.FixedLocation[other]];
        }
        var location = _p.FixedLocation[meeting];
        if (location >= 0 && state.LocationFull(location, slot))
            return -1;
        if ((location < 0 || _p.InTablePool[location]) && state.TablesFull(slot) && !freesTable)
            weight += 1;
        if (state.InterpreterFull(meeting, slot))
            weight += 1;
        return weight;
    }

    private bool IsEarlierBlocker(ReadOnlySpan<int> participants, int i, int slot, int other)
    {
        for (var j = 0; j < i; j++)
            if (state.BusyMeeting(participants[j], slot) == other)
                return true;
        return false;
    }

    /// <summary>Unplaces what stands in the way; false when the slot still cannot take the meeting.</summary>
    private bool Displace(int meeting, int slot, long[] tabuUntil, long until)
    {
        _displaced.Clear();
        foreach (var participant in _p.ParticipantsOf(meeting))
        {
            var other = state.BusyMeeting(participant, slot);
            if (other >= 0)
                Remove(other);
        }
        var location = _p.FixedLocation[meeting];
        if ((location < 0 || _p.InTablePool[location]) && state.TablesFull(slot))
        {
            var inSlot = state.MeetingsIn(slot);
            var candidates = inSlot.Where(o => !_p.SlotPinned[o] && (_p.FixedLocation[o] < 0 || _p.InTablePool[_p.FixedLocation[o]])).ToList();
            if (candidates.Count > 0)
                Remove(candidates[random.Next(candidates.Count)]);
        }
        if (state.InterpreterFull(meeting, slot))
        {
            var pool = _p.InterpreterPool[meeting];
            var candidates = state.MeetingsIn(slot).Where(o => !_p.SlotPinned[o] && _p.InterpreterPool[o] == pool).ToList();
            if (candidates.Count > 0)
                Remove(candidates[random.Next(candidates.Count)]);
        }
        return state.CanPlace(meeting, slot);

        void Remove(int other)
        {
            state.Unplace(other);
            tabuUntil[other * _p.SlotCount + slot] = until;
            _displaced.Add(other);
        }
    }
}
